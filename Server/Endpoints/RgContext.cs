using GupSoap.Core.Authorization;
using GupSoap.Core.Security;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// Everything the Rg operations share: where components live, how to reach them, limits, time, the operator's common
/// authorization rules and the server's own identity for its system reads.
/// </summary>
public sealed record RgContext(ComponentLocator Locator, RpClient Rp, RgOptions Options, RpClientOptions RpOptions, TimeProvider Time, CommonRules CommonRules, RequestorContext System)
{
    public RafDirectory Directory => Locator.Directory;

    /// <summary>Redirect mode (TS 23.240 §4.2.2); null: always proxy.</summary>
    public Redirect.Redirector? Redirect { get; init; }

    /// <summary>Subscribers' rules already read, reused while their document is unchanged.</summary>
    public Authorization.SubscriberRulesCache SubscriberRules { get; init; } = new();

    /// <summary>The journal of writes spanning several Rp transactions (TS 23.240 §4.3.9).</summary>
    public required IWriteIntentJournal Journal { get; init; }

    /// <summary>
    /// How long a request may hold its write intent before recovery may take it over: the request deadline for its
    /// writes plus one attempt per part for an undo, and one to spare.
    /// </summary>
    public TimeSpan IntentLease(int parts) => RpOptions.RequestDeadline + (RpOptions.AttemptTimeout * (parts + 1));

    /// <summary>The overall deadline of one Rg request's Rp calls, also ended when the caller goes away.</summary>
    public CancellationTokenSource StartDeadline(CancellationToken requestAborted)
    {
        Routing.CallerPresence.Track(requestAborted);
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(RpOptions.RequestDeadline);
        return deadline;
    }

    public DateTime Now => Time.GetUtcNow().UtcDateTime;
}
