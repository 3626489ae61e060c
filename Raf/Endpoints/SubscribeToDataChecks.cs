using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Raf.Notifications;

namespace GupSoap.Raf.Endpoints;

/// <summary>What a valid Subscribe To Data asks for, once checked.</summary>
internal sealed record SubscribeToDataFacts(XName ComponentType, IReadOnlyList<DataReference> References, DateTimeOffset Expires, int MinIntervalSeconds);

/// <summary>
/// The request checks of TS 23.240 §4.4.6 Subscribe To Data: the target, the NotifyTo callback (form, then the
/// egress check, SECURITY.md A1), data references inside the component, and a required, bounded expiry (A10).
/// </summary>
internal static class SubscribeToDataChecks
{
    /// <param name="trustedCallback">
    /// The deployment's own GUP Server subscribing for its relay: its callback is its own address, which the egress guard
    /// would rightly refuse to anybody else.
    /// </param>
    public static async Task<(SubscribeToDataFacts? Facts, GupFailure? Failure)> CheckAsync(RafContext raf, SubscribeToDataRequest request, DateTimeOffset now, bool trustedCallback, CancellationToken ct)
    {
        var selects = request.Selects ?? [];
        var failure = RpRequestGuard.CheckTarget(raf, request, out var type)
            ?? (string.IsNullOrWhiteSpace(request.NotifyTo) ? GupFailure.InvalidParameter(null, "NotifyTo (the callback URL) is required.") : null)
            ?? (selects.Length > raf.Options.MaxItemsPerRequest ? GupFailure.InvalidParameter(null, $"At most {raf.Options.MaxItemsPerRequest} Select items per request.") : null);
        var references = new List<DataReference>(selects.Length);
        foreach (var select in selects)
        {
            if (failure is not null)
            {
                break;
            }

            var (reference, selectFailure) = RpRequestGuard.ParseSelect(select, type);
            failure = selectFailure;
            references.Add(reference!);
        }

        var filter = request.Filter;
        // TS 23.240 lets expires be absent; this server requires it (SECURITY.md A10) and answers InvalidParameter,
        // there being no dedicated detail code for a missing or out-of-range expiry.
        failure ??= filter is null || !filter.ExpiresSpecified
            ? GupFailure.InvalidParameter(null, "Filter with an expires time is required.")
            : CheckFilter(raf, WireTime.ToUtcOffset(filter.Expires), filter.MinIntervalSpecified ? filter.MinInterval : 0, now);
        // The form check always applies; the host's egress guard (address allow-list) comes on top of it.
        if (failure is null && (await EgressChecks.AbsoluteHttp(request.NotifyTo!, ct) ?? (trustedCallback ? null : await raf.EgressCheck(request.NotifyTo!, ct))) is { } refused)
        {
            failure = GupFailure.InvalidParameter(null, "NotifyTo refused: " + refused);
        }

        return failure is not null
            ? (null, failure)
            : (new SubscribeToDataFacts(type, references, WireTime.ToUtcOffset(filter!.Expires), filter.MinIntervalSpecified ? filter.MinInterval : 0), null);
    }

    private static GupFailure? CheckFilter(RafContext raf, DateTimeOffset expires, int minInterval, DateTimeOffset now)
    {
        if (expires <= now)
        {
            return GupFailure.InvalidParameter(null, "Filter expires is not in the future.");
        }

        if (expires > now + raf.Options.MaxSubscriptionLifetime)
        {
            return GupFailure.InvalidParameter(null, $"Filter expires is more than {raf.Options.MaxSubscriptionLifetime.TotalHours:0.##} hours away.");
        }

        return minInterval < 0 ? GupFailure.InvalidParameter(StatusCodes.InvalidData, "Filter minInterval must not be negative.") : null;
    }
}
