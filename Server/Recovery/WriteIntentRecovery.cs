using System.Xml.Linq;
using GupSoap.Core.Hosting;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Recovery;

/// <summary>
/// Resolves every write intent whose request can no longer decide it (crashed, or outlived its lease) to all or
/// nothing (TS 23.240 §4.3.9): the application never received a success, so each is rolled back — created parts
/// removed, deleted parts created again, placements pointing at nothing forgotten — and leaves the journal. Idempotent:
/// a recovery cut short is taken over again once its own lease runs out. Each outcome is logged at Warning.
/// </summary>
public sealed partial class WriteIntentRecovery(RgContext rg, Core.Xml.XmlLimits limits, TimeSpan clockSkew, ILogger<WriteIntentRecovery> logger)
{
    private readonly IntentRollback _rollback = new(rg, limits);

    /// <summary>Called after each step of a rollback; tests use it to cut a recovery short as a crash would.</summary>
    internal Func<WriteIntent, string, Task>? AfterStep { get; set; }

    /// <summary>How long a recovery holds an intent it took over before another may take it over again.</summary>
    public TimeSpan ClaimLease => rg.IntentLease(8);

    /// <summary>Takes over and resolves, one at a time, every intent whose lease ran out before <paramref name="now"/>. Returns how many were resolved.</summary>
    public async Task<int> RecoverDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resolved = 0;
        while (!cancellationToken.IsCancellationRequested && (await rg.Journal.ClaimExpiredAsync(now, ClaimLease, 1, cancellationToken)) is [var intent])
        {
            if (await RecoverAsync(intent, cancellationToken))
            {
                resolved++;
            }
        }

        return resolved;
    }

    private async Task<bool> RecoverAsync(WriteIntent intent, CancellationToken cancellationToken)
    {
        var done = new List<string>();
        var forget = new List<XName>();
        foreach (var part in intent.Parts)
        {
            if (rg.Directory.Find(part.Raf) is not { } raf)
            {
                LogUnknownRaf(intent.Operation, intent.ResourceId, part.Raf);
                done.Add($"{part.ComponentType.LocalName}: RAF '{part.Raf}' is no longer configured");
                continue;
            }

            var outcome = intent.Operation == IntentOperation.Create
                ? await _rollback.RemoveCreatedAsync(intent, part, raf, clockSkew, cancellationToken)
                : await _rollback.RestoreDeletedAsync(intent, part, raf, cancellationToken);
            if (outcome == PartOutcome.Retry || (outcome is PartOutcome.Removed or PartOutcome.Absent && part.PlacementRecorded
                && !await ForgettableAsync(intent, part, raf, forget, cancellationToken)))
            {
                return Postpone(intent, part);
            }

            done.Add(Describe(part, outcome));
            if (AfterStep is { } step)
            {
                await step(intent, done[^1]);
            }
        }

        if (!await rg.Journal.CompleteAsync(intent, forget, cancellationToken))
        {
            // Taken over again meanwhile (this recovery outlived its lease): the other one decides.
            return false;
        }

        GupMeter.WriteIntentsRecovered.Add(1, new KeyValuePair<string, object?>("operation", intent.Operation.ToString().ToLowerInvariant()));
        LogRolledBack(intent.Operation, intent.ResourceId, intent.StartedAt, string.Join("; ", done) + (forget.Count > 0 ? $"; forgot {forget.Count} placement(s)" : ""));
        return true;
    }

    /// <summary>Adds the part's placement to <paramref name="forget"/> when nothing of its type is left at its RAF; false when that cannot be told now.</summary>
    private async Task<bool> ForgettableAsync(WriteIntent intent, IntentPart part, RafEndpoint raf, List<XName> forget, CancellationToken cancellationToken)
    {
        switch (await _rollback.HoldsAnyAsync(intent, part.ComponentType, raf, cancellationToken))
        {
            case null:
                return false;
            case false:
                forget.Add(part.ComponentType);
                break;
        }

        return true;
    }

    private bool Postpone(WriteIntent intent, IntentPart part)
    {
        GupMeter.WriteIntentsPostponed.Add(1, new KeyValuePair<string, object?>("operation", intent.Operation.ToString().ToLowerInvariant()));
        LogPostponed(intent.Operation, intent.ResourceId, part.Raf, intent.Attempts);
        return false;
    }

    private static string Describe(IntentPart part, PartOutcome outcome) => outcome switch
    {
        PartOutcome.Removed => $"removed {part.ComponentType.LocalName} at {part.Raf}",
        PartOutcome.Absent => $"{part.ComponentType.LocalName} was not at {part.Raf}",
        PartOutcome.Restored => $"restored {part.ComponentType.LocalName} at {part.Raf}",
        _ => $"kept {part.ComponentType.LocalName} at {part.Raf} (written again since, or there already)",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovered an unfinished {Operation} of {Resource} begun at {StartedAt:o}, rolled back: {Actions}")]
    private partial void LogRolledBack(IntentOperation operation, string resource, DateTimeOffset startedAt, string actions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery of an unfinished {Operation} of {Resource} postponed: RAF {Raf} did not answer (attempt {Attempt}); retried later")]
    private partial void LogPostponed(IntentOperation operation, string resource, string raf, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "An unfinished {Operation} of {Resource} names RAF {Raf}, which is no longer configured: that part cannot be rolled back")]
    private partial void LogUnknownRaf(IntentOperation operation, string resource, string raf);
}
