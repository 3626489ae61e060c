using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Security;

namespace GupSoap.Core.Charging;

/// <summary>
/// Turns the operations of one SOAP service into charging records (TS 23.240 §4.1.9): opens a scope per operation,
/// and when the operation is answered writes one record from what the scope gathered — requestor, subscriber,
/// component types, status codes, bytes, RAFs reached — never the profile content itself.
/// </summary>
/// <param name="recorder">The service's name in the records (<c>gup:rg</c>, <c>raf:{name}</c>, ...).</param>
/// <param name="defaultMode">The mode of an operation that sets none: proxy at the GUP Server, direct elsewhere.</param>
public sealed class ChargingRecorder(string recorder, IChargingLog log, TimeProvider time, ChargingMode defaultMode = ChargingMode.Direct)
{
    public string Recorder { get; } = recorder;

    /// <summary>Opens the scope of one operation and makes it current for the rest of the calling async method.</summary>
    /// <param name="relayedCorrelationId">The id the GUP Server gave this operation, when it relayed it.</param>
    public static ChargingScope Begin(string? relayedCorrelationId = null)
    {
        var scope = new ChargingScope(CorrelationIds.Accept(relayedCorrelationId) ?? CorrelationIds.New());
        ChargingScope.Enter(scope);
        return scope;
    }

    /// <summary>The request is identified and authenticated: adopt the id a relaying GUP Server sent, if it is one.</summary>
    public static void Identify(ChargingScope scope, string operation, RequestorContext? requestor, string? sender, string? relayedCorrelationId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Operation = operation;
        scope.Requestor = requestor;
        scope.Sender = sender;
        if (requestor is { ServiceCall: true } && CorrelationIds.Accept(relayedCorrelationId) is { } relayed)
        {
            scope.CorrelationId = relayed;
        }
    }

    public static void Dispatched(ChargingScope? scope, object request)
    {
        if (scope is not null)
        {
            scope.Request = request;
        }
    }

    public static void Answered(ChargingScope? scope, object response)
    {
        if (scope is not null)
        {
            scope.Response = response;
        }
    }

    /// <param name="reason">The fault's reason code (and WSS subcode), recorded as the status detail.</param>
    public static void Faulted(ChargingScope? scope, string reason)
    {
        if (scope is not null)
        {
            scope.Fault = reason;
        }
    }

    public static void Measured(ChargingScope? scope, long? bytesIn, long? bytesOut)
    {
        if (scope is not null)
        {
            scope.BytesIn = bytesIn ?? scope.BytesIn;
            scope.BytesOut = bytesOut ?? scope.BytesOut;
        }
    }

    /// <summary>
    /// Writes the operation's record, once: later calls for the same scope do nothing. An operation never identified
    /// (unreadable envelope) leaves none.
    /// </summary>
    public ValueTask CompleteAsync(ChargingScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Operation is null || !scope.TakeRecording())
        {
            return ValueTask.CompletedTask;
        }

        var status = StatusOf(scope.Response);
        var who = scope.Requestor;
        var (subscriber, type) = Addressed(scope.Request);
        if (type is not null)
        {
            scope.AddComponentType(type);
        }

        var record = new ChargingRecord
        {
            Time = time.GetUtcNow(),
            CorrelationId = scope.CorrelationId,
            Recorder = Recorder,
            Operation = scope.Operation,
            RequestorProviderId = who?.ProviderId ?? scope.Sender,
            ApplicationId = who?.ApplicationId,
            Hplmn = who?.Hplmn ?? false,
            Subscriber = scope.Subscriber ?? subscriber,
            ComponentTypes = scope.ComponentTypes(),
            Outcome = scope.Fault is not null ? "Fault" : status?.Code ?? "Fault",
            StatusDetail = scope.Fault ?? Detail(status),
            BytesIn = scope.BytesIn,
            BytesOut = scope.BytesOut,
            Mode = scope.Mode ?? (who?.Intermediary is not null ? ChargingMode.Proxy : defaultMode),
            Limit = scope.Limit,
            Rafs = scope.Rafs(),
        };
        return log.WriteAsync(record, cancellationToken);
    }

    private static Status? StatusOf(object? response) => response switch
    {
        RgResponse r => r.Status,
        RpResponse r => r.Status,
        CmResponse r => r.Status,
        null => null,
        _ => response.GetType().GetProperty("Status")?.GetValue(response) as Status,
    };

    /// <summary>The error type and detail code below the top level ("DataUnavailable/TimeOut"); for Partial the first failed item's.</summary>
    private static string? Detail(Status? status) =>
        status?.ErrorType is { } type ? (status.Detail is { } detail ? type + "/" + detail : type) : null;

    /// <summary>The subscriber and component a request names by itself (Rp, MCPTT CM); Rg requests add theirs as they are routed.</summary>
    private static (string? Subscriber, System.Xml.Linq.XName? Type) Addressed(object? request) => request switch
    {
        RgRequest r => (r.ResourceId?.Value, null),
        RpComponentRequest r => (r.ResourceId?.Value,
            r.ComponentType is { IsEmpty: false } t ? System.Xml.Linq.XName.Get(t.Name, t.Namespace) : null),
        GetUserProfileRequest r => (r.McpttId, null),
        UploadUserProfileRequest r => (r.McpttId, null),
        ListUserProfilesRequest r => (r.McpttId, null),
        SubscribeProfileUpdatesRequest r => (r.McpttId, null),
        _ => (null, null),
    };
}
