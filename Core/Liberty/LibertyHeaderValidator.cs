using GupSoap.Contracts;
using GupSoap.Core.Soap;

namespace GupSoap.Core.Liberty;

/// <summary>
/// Liberty SOAP Binding 2.0 request rules: Framework version 2.0, Sender, MessageID, ProcessingContext,
/// wsu:Timestamp freshness and duplicate MessageID detection (PROTOCOL.md "Headers"; SECURITY.md S15).
/// </summary>
public sealed class LibertyHeaderValidator(LibertyOptions options, IMessageIdStore messageIds, TimeProvider time)
{
    private static readonly TimeSpan MaxSkew = TimeSpan.FromSeconds(120);

    /// <summary>Every rule: <see cref="Check"/>, then <see cref="RecordAsync"/>.</summary>
    public async ValueTask<SoapFault?> ValidateAsync(LibertyHeaders headers, CancellationToken cancellationToken) =>
        Check(headers) ?? await RecordAsync(headers, cancellationToken);

    /// <summary>The rules that need no state: presence and versions of the headers, ProcessingContext, freshness.</summary>
    public SoapFault? Check(LibertyHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.HasFramework)
        {
            return SoapFaults.MissingFramework();
        }

        if (headers.FrameworkVersion != "2.0")
        {
            return SoapFaults.FrameworkVersionMismatch(headers.FrameworkVersion);
        }

        if (headers.MessageId is null)
        {
            return SoapFaults.MissingMessageId();
        }

        if (options.RequireSender && headers.SenderProviderId is null)
        {
            return SoapFaults.MissingSender();
        }

        if (headers.ProcessingContext is { } context && context != Namespaces.ProcessingContextSimulate)
        {
            return SoapFaults.ProcessingContextNotUnderstood(context);
        }

        return CheckFreshness(headers, time.GetUtcNow());
    }

    /// <summary>
    /// Records the MessageID (sender-scoped) and refuses a repeat. The endpoint calls it only after the request is
    /// authenticated, so unauthenticated traffic never fills the durable store.
    /// </summary>
    public async ValueTask<SoapFault?> RecordAsync(LibertyHeaders headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var now = time.GetUtcNow();
        var key = (headers.SenderProviderId ?? "") + "\n" + headers.MessageId;
        bool first;
        try
        {
            first = await messageIds.TryAddAsync(key, now + options.FreshnessWindow + Skew, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Replay protection that cannot answer refuses the request (fail closed).
            return SoapFaults.Unavailable("Duplicate-message check unavailable; try again later.");
        }

        return first ? null : SoapFaults.DuplicateMessage();
    }

    private TimeSpan Skew => options.ClockSkew > MaxSkew ? MaxSkew : options.ClockSkew;

    private SoapFault? CheckFreshness(LibertyHeaders headers, DateTimeOffset now)
    {
        if (!headers.HasTimestamp)
        {
            if (!options.RequireTimestamp)
            {
                return null;
            }

            return headers.Security is null ? SoapFaults.MissingSecurity() : SoapFaults.StaleMessage("wsu:Timestamp with wsu:Created (now, UTC) is required in wsse:Security.");
        }

        if (headers.TimestampCreated is { } created)
        {
            if (created > now + Skew)
            {
                return SoapFaults.StaleMessage("wsu:Created lies in the future: check the sender's clock (UTC).");
            }

            if (created < now - options.FreshnessWindow - Skew)
            {
                return SoapFaults.StaleMessage("wsu:Created is older than the freshness window: stamp each request when it is sent.");
            }
        }
        else if (options.RequireTimestamp)
        {
            return SoapFaults.StaleMessage("wsu:Timestamp has no wsu:Created.");
        }

        if (headers.TimestampExpires is { } expires && expires < now - Skew)
        {
            return SoapFaults.StaleMessage("wsu:Expires has passed.");
        }

        return null;
    }
}
