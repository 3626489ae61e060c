using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Tooling;

/// <summary>
/// Every operator action of the <c>admin</c> tools is itself recorded (TS 23.240 §4.1.9: event logging, privacy
/// auditing): one structured log line <c>Admin action {Action} by {Operator} on {Target}: {Outcome}</c> and the same
/// as one JSON line appended to <c>admin-audit.jsonl</c> in the data directory. Also a charging record
/// (<see cref="RecordAsync"/>). Never profile content: the target is a path, an entity id or a rules file.
/// </summary>
internal sealed partial class AdminAudit(ILogger logger, string? journalPath, TimeProvider time)
{
    /// <summary>The operating-system account running the tool.</summary>
    public static string Operator => Environment.UserName;

    public static string JournalPath(IConfiguration configuration) => Path.Combine(ToolConfiguration.DataDirectory(configuration), "admin-audit.jsonl");

    /// <summary>
    /// Records with a log line on <paramref name="log"/> (the tool's standard error), the journal of the configuration's
    /// data directory and, when the deployment keeps them, a charging record in its store (<c>admin charging</c> lists
    /// operator actions beside the requests; an export of one subscriber shows in that subscriber's access history).
    /// </summary>
    /// <param name="succeeded">Whether the action did what was asked (its exit code was 0).</param>
    /// <param name="subscriber">The one subscriber whose data the action touched, if it was one.</param>
    public static async Task RecordAsync(IConfiguration configuration, TextWriter log, string action, string target, string outcome, bool succeeded, string? subscriber = null)
    {
        var logger = new WriterLogger(log);
        new AdminAudit(logger, JournalPath(configuration), TimeProvider.System).Record(action, target, outcome);
        if (!Hosting.ChargingHosting.Enabled(configuration))
        {
            return;
        }

        try
        {
            await using var stores = Hosting.StoreSelection.Read(configuration);
            var store = Hosting.ChargingHosting.Store(ToolConfiguration.DataDirectory(configuration), stores);
            try
            {
                await store.InitializeAsync(CancellationToken.None);
                await store.AppendAsync([ChargingRecordOf(action, target, outcome, succeeded, subscriber, TimeProvider.System.GetUtcNow())], CancellationToken.None);
            }
            finally
            {
                if (store is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogChargingUnwritable(logger, ex.GetType().Name, ex.Message);
        }
    }

    /// <summary>The charging record of one operator action: recorder <c>admin</c>, the operating-system account as application.</summary>
    public static Core.Charging.ChargingRecord ChargingRecordOf(string action, string target, string outcome, bool succeeded, string? subscriber, DateTimeOffset time) => new()
    {
        Time = time,
        CorrelationId = Core.Charging.CorrelationIds.New(),
        Recorder = "admin",
        Operation = action,
        RequestorProviderId = "urn:gupsoap:admin",
        ApplicationId = "admin:" + Operator,
        Hplmn = true,
        Subscriber = subscriber,
        Outcome = succeeded ? "OK" : "Failed",
        StatusDetail = target + ": " + outcome,
        Mode = Core.Charging.ChargingMode.Direct,
    };

    public void Record(string action, string target, string outcome)
    {
        LogAction(logger, action, Operator, target, outcome);
        if (journalPath is null)
        {
            return;
        }

        var line = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["time"] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["action"] = action,
            ["operator"] = Operator,
            ["target"] = target,
            ["outcome"] = outcome,
        });
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(journalPath)!);
            File.AppendAllText(journalPath, line + "\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogJournalUnwritable(logger, journalPath, ex.Message);
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Admin action {Action} by {Operator} on {Target}: {Outcome}")]
    private static partial void LogAction(ILogger logger, string action, string @operator, string target, string outcome);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Admin action not written to the charging records ({Error}: {Problem}); it is in the audit journal")]
    private static partial void LogChargingUnwritable(ILogger logger, string error, string problem);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Admin audit journal {Path} is not writable ({Problem}); the action is in this log only")]
    private static partial void LogJournalUnwritable(ILogger logger, string path, string problem);

    /// <summary>A tool's log: one line per entry on its error writer, in the console logger's single-line shape.</summary>
    private sealed class WriterLogger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var level = logLevel == LogLevel.Information ? "info" : logLevel.ToString().ToLowerInvariant()[..4];
            writer.WriteLine($"{level}: GupSoap.Admin[{eventId.Id}] {formatter(state, exception)}");
        }
    }
}
