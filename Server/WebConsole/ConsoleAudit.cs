using System.Security.Claims;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// Records every console action: a structured log line (who, role, action, subscriber, outcome; never profile content)
/// and an access record in the subscriber's history.
/// </summary>
internal sealed partial class ConsoleAudit(ConsoleActionHistory history, ConsoleOptions options, TimeProvider time, ILogger<ConsoleAudit> logger)
{
    public void Record(ClaimsPrincipal user, string action, string? resourceId, string outcome, string target = "")
    {
        var name = user.Identity?.Name ?? "anonymous";
        var role = user.FindFirst(ClaimTypes.Role)?.Value ?? "-";
        LogAction(logger, name, role, action, resourceId ?? "-", outcome);
        if (resourceId is not null)
        {
            history.Add(resourceId, new AccessRecord(time.GetUtcNow(), options.ProviderId, "console:" + name, action, target, outcome));
        }
    }

    public void SignIn(string user, string method, string? refusal)
    {
        if (refusal is null)
        {
            LogSignedIn(logger, user, method);
        }
        else
        {
            LogSignInRefused(logger, method, refusal);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Console {User} ({Role}) {Action} {Resource}: {Outcome}")]
    private static partial void LogAction(ILogger logger, string user, string role, string action, string resource, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console sign-in of {User} by {Method}")]
    private static partial void LogSignedIn(ILogger logger, string user, string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console sign-in refused ({Method}): {Reason}")]
    private static partial void LogSignInRefused(ILogger logger, string method, string reason);
}
