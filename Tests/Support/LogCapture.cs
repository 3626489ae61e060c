using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GupSoap.Tests.Support;

/// <summary>A logger provider that keeps every line a server under test logs, with its structured values.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private readonly SemaphoreSlim _added = new(0);

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    /// <summary>The first line matching <paramref name="match"/>, waiting for it as lines arrive (a start-up callback may log after start returns).</summary>
    public async Task<LogLine> WaitForAsync(Func<LogLine, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await _added.WaitAsync(deadline.Token);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => _added.Dispose();

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner._lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
            owner._added.Release();
        }
    }
}

/// <summary>One captured line: where from, how severe, the rendered text and the template's values by name.</summary>
internal sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values)
{
    public string? Value(string name) => Values.GetValueOrDefault(name)?.ToString();
}
