namespace GupSoap.Server.Routing;

/// <summary>
/// Whether the application behind the current Rg request has gone away, for the Rp calls made on its behalf: their
/// deadline token also fires when the caller disconnects, and that is a cancelled request, not a RAF that missed
/// its deadline. Flows with the request's async context; outside a request, nobody has gone.
/// </summary>
public static class CallerPresence
{
    private static readonly AsyncLocal<CancellationToken> RequestAborted = new();

    /// <summary>True when the request whose Rp calls run in this flow was aborted by its caller.</summary>
    public static bool Gone => RequestAborted.Value.IsCancellationRequested;

    /// <summary>Remembers <paramref name="requestAborted"/> for the Rp calls of this flow.</summary>
    public static void Track(CancellationToken requestAborted) => RequestAborted.Value = requestAborted;
}
