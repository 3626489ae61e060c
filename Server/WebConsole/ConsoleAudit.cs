using System.Security.Claims;
using GupSoap.Core.Charging;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// Records every console action: a structured log line (who, role, action, subscriber, outcome; never profile content)
/// and an access record in the subscriber's history.
/// </summary>
internal sealed partial class ConsoleAudit(ConsoleActionHistory history, ConsoleOptions options, TimeProvider time, ILogger<ConsoleAudit> logger, IChargingLog? charging = null)
{
    public const string Recorder = "console";

    public async Task RecordAsync(ClaimsPrincipal user, string action, string? resourceId, string outcome, string target = "")
    {
        var name = user.Identity?.Name ?? "anonymous";
        var role = user.FindFirst(ClaimTypes.Role)?.Value ?? "-";
        LogAction(logger, name, role, action, resourceId ?? "-", outcome);
        if (resourceId is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        history.Add(resourceId, new AccessRecord(now, options.ProviderId, "console:" + name, action, target, outcome));
        if (charging is not null)
        {
            // The edit itself is also charged where the RAF answers; this record says which console user asked.
            await charging.WriteAsync(new ChargingRecord
            {
                Time = now,
                CorrelationId = "console-" + Guid.NewGuid().ToString("N"),
                Recorder = Recorder,
                Operation = action,
                RequestorProviderId = options.ProviderId,
                ApplicationId = "console:" + name,
                Hplmn = true,
                Subscriber = resourceId,
                Outcome = outcome.StartsWith("refused", StringComparison.Ordinal) ? "Failed" : "OK",
                StatusDetail = string.IsNullOrEmpty(target) ? outcome : $"{target}: {outcome}",
                Mode = ChargingMode.Direct,
            }, CancellationToken.None);
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
