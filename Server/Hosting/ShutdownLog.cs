using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Tells the operator what a stop (SIGTERM, Ctrl+C) does and how it went: no new connections, requests in flight
/// finish within <c>Gup:Hosting:ShutdownTimeout</c>, the notification dispatchers finish their attempts in flight
/// (what is not yet sent stays in the durable outbox for the next start), then the stores close; at the end, how
/// many requests in flight were answered and how many were cut.
/// </summary>
internal static partial class ShutdownLog
{
    public static void Register(WebApplication app, InFlightRequests requests, TimeSpan shutdownTimeout)
    {
        app.Lifetime.ApplicationStopping.Register(() => Stopping(app.Logger, requests.MarkStopping(), shutdownTimeout));
        app.Lifetime.ApplicationStopped.Register(() => Stopped(app.Logger, requests.AnsweredAfterStop, requests.CutAfterStop));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: no new connections; {InFlight} requests in flight may finish within {ShutdownTimeout}; notification attempts in flight finish, the rest stays queued")]
    private static partial void Stopping(ILogger logger, long inFlight, TimeSpan shutdownTimeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped: {Answered} requests finished after the stop began were answered, {Cut} cut; notification dispatchers and stores closed")]
    private static partial void Stopped(ILogger logger, long answered, long cut);
}
