using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Tooling;

/// <summary>
/// Every operator action of the <c>admin</c> tools is itself recorded (TS 23.240 §4.1.9: event logging, privacy
/// auditing): one structured log line <c>Admin action {Action} by {Operator} on {Target}: {Outcome}</c> and the same
/// as one JSON line appended to <c>admin-audit.jsonl</c> in the data directory. The one place to point at the
/// charging records later. Never profile content: the target is a path, an entity id or a rules file.
/// </summary>
internal sealed partial class AdminAudit(ILogger logger, string? journalPath, TimeProvider time)
{
    /// <summary>The operating-system account running the tool.</summary>
    public static string Operator => Environment.UserName;

    public static string JournalPath(IConfiguration configuration) => Path.Combine(ToolConfiguration.DataDirectory(configuration), "admin-audit.jsonl");

    /// <summary>Records with a log line on <paramref name="log"/> (the tool's standard error) and the journal of the configuration's data directory.</summary>
    public static void Record(IConfiguration configuration, TextWriter log, string action, string target, string outcome) =>
        new AdminAudit(new WriterLogger(log), JournalPath(configuration), TimeProvider.System).Record(action, target, outcome);

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
