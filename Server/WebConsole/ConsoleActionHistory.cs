using System.Collections.Concurrent;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The console's own actions of this process, newest kept (bounded), as access records: the interim
/// <see cref="IAccessHistory"/> until the charging records (issue 16) are wired in.
/// </summary>
internal sealed class ConsoleActionHistory : IAccessHistory
{
    public const int Capacity = 10_000;
    private readonly ConcurrentQueue<(string Resource, AccessRecord Record)> _records = new();

    public void Add(string resourceId, AccessRecord record)
    {
        _records.Enqueue((resourceId, record));
        while (_records.Count > Capacity && _records.TryDequeue(out _))
        {
        }
    }

    public Task<IReadOnlyList<AccessRecord>> ForSubscriberAsync(string resourceId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AccessRecord>>([.. _records
            .Where(r => string.Equals(r.Resource, resourceId, StringComparison.Ordinal) && r.Record.At >= from && r.Record.At < to)
            .Select(r => r.Record)
            .OrderByDescending(r => r.At)
            .Take(limit)]);
}
