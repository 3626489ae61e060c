using System.Threading.RateLimiting;
using GupSoap.Contracts.Mcptt;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;

namespace GupSoap.Server.LoadControl;

/// <summary>
/// Load control at the door of Rg and MCPTT CM (TS 23.240 §4.1.4: different policy and load control for HPLMN and
/// non-HPLMN applications; §4.2.1: rate and size limiting of operations on a profile). Checked in the order: sizes,
/// then the application's rate (its own policy by HPLMN), then the subscriber's rate. It runs before the operation,
/// so a refused request — a write included — has done nothing. The deployment's own server is never limited.
/// </summary>
internal sealed class RequestAdmission : ISoapAdmission, IDisposable
{
    public const string HplmnLimit = "hplmn-application";
    public const string NonHplmnLimit = "non-hplmn-application";
    public const string SubscriberLimit = "per-subscriber";

    private readonly string _service;
    private readonly LoadLimits _limits;
    private readonly int _maxBodyBytes;
    private readonly PartitionedRateLimiter<RequestorContext>? _applications;
    private readonly PartitionedRateLimiter<string>? _subscribers;

    public RequestAdmission(string service, LoadLimits limits, int maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _service = service;
        _limits = limits;
        _maxBodyBytes = maxBodyBytes;
        if (limits.Hplmn.Enabled || limits.NonHplmn.Enabled)
        {
            _applications = PartitionedRateLimiter.Create<RequestorContext, (bool, string)>(who =>
            {
                var settings = who.Hplmn ? limits.Hplmn : limits.NonHplmn;
                var key = (who.Hplmn, who.ApplicationId ?? who.ProviderId);
                return settings.Enabled ? RateLimitPartition.GetTokenBucketLimiter(key, _ => Options(settings)) : RateLimitPartition.GetNoLimiter(key);
            });
        }

        if (limits.PerSubscriber.Enabled)
        {
            _subscribers = PartitionedRateLimiter.Create<string, string>(subscriber =>
                RateLimitPartition.GetTokenBucketLimiter(subscriber, _ => Options(limits.PerSubscriber)), StringComparer.Ordinal);
        }
    }

    public SoapAdmissionRefusal? Admit(SoapOperation operation, object request, RequestorContext? requestor)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (requestor is null or { IsSystem: true })
        {
            return null;
        }

        var refusal = OperationSize.Check(operation.Element.LocalName, request, _limits, _maxBodyBytes)
            ?? Take(_applications, requestor, requestor.Hplmn ? HplmnLimit : NonHplmnLimit)
            ?? (Subscriber(request) is { } subscriber ? Take(_subscribers, subscriber, SubscriberLimit) : null);
        if (refusal is not null)
        {
            GupMeter.RecordRateLimited(_service, refusal.Limit);
        }

        return refusal;
    }

    public void Dispose()
    {
        _applications?.Dispose();
        _subscribers?.Dispose();
    }

    private static SoapAdmissionRefusal? Take<TKey>(PartitionedRateLimiter<TKey>? limiter, TKey key, string limit)
    {
        if (limiter is null)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        return new SoapAdmissionRefusal(limit, SoapFaults.Limited(limit, retryAfter));
    }

    private static string? Subscriber(object request) => request switch
    {
        RgRequest r => r.ResourceId?.Value,
        GetUserProfileRequest r => r.McpttId,
        UploadUserProfileRequest r => r.McpttId,
        ListUserProfilesRequest r => r.McpttId,
        SubscribeProfileUpdatesRequest r => r.McpttId,
        _ => null,
    };

    private static TokenBucketRateLimiterOptions Options(RateSettings settings) => new()
    {
        TokenLimit = settings.TokenLimit,
        TokensPerPeriod = settings.TokensPerPeriod,
        ReplenishmentPeriod = settings.ReplenishmentPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
