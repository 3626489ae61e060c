using System.Diagnostics;
using System.Xml.Linq;
using GupSoap.Core.Hosting;

namespace GupSoap.Raf.Storage;

/// <summary>
/// A RAF's store with the time of each read, list and write recorded in <see cref="GupMeter.StoreDuration"/>
/// (a write's time is its transaction's, lock wait included: what a request waits for).
/// </summary>
internal sealed class TimedComponentStore(IComponentStore inner, string raf) : IComponentStore
{
    private readonly KeyValuePair<string, object?> _raf = new("raf", raf);
    private static readonly KeyValuePair<string, object?> Read = new("kind", "read");
    private static readonly KeyValuePair<string, object?> List = new("kind", "list");
    private static readonly KeyValuePair<string, object?> Write = new("kind", "write");

    public event Action? NotificationsQueued
    {
        add => inner.NotificationsQueued += value;
        remove => inner.NotificationsQueued -= value;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, CancellationToken cancellationToken) =>
        TimedAsync(Stopwatch.GetTimestamp(), inner.ReadAsync(resourceId, componentType, cancellationToken), Read);

    public Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, string instanceId, CancellationToken cancellationToken) =>
        TimedAsync(Stopwatch.GetTimestamp(), inner.ReadAsync(resourceId, componentType, instanceId, cancellationToken), Read);

    public Task<IReadOnlyList<StoredComponent>> ReadAllAsync(string resourceId, XName componentType, CancellationToken cancellationToken) =>
        TimedAsync(Stopwatch.GetTimestamp(), inner.ReadAllAsync(resourceId, componentType, cancellationToken), Read);

    public Task<ListPage> ListAsync(string? resourcePattern, IReadOnlyCollection<XName> componentTypes, int offset, int count, CancellationToken cancellationToken) =>
        TimedAsync(Stopwatch.GetTimestamp(), inner.ListAsync(resourcePattern, componentTypes, offset, count, cancellationToken), List);

    public Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType, CancellationToken cancellationToken) =>
        inner.GetDefinitionsAsync(componentType, cancellationToken);

    public IAsyncEnumerable<StoredComponent> ReadAllOfTypeAsync(XName componentType, CancellationToken cancellationToken) =>
        inner.ReadAllOfTypeAsync(componentType, cancellationToken);

    public Task<IReadOnlyDictionary<XName, string>> GetSchemaRevisionsAsync(CancellationToken cancellationToken) => inner.GetSchemaRevisionsAsync(cancellationToken);

    public Task SetSchemaRevisionAsync(XName componentType, string fingerprint, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.SetSchemaRevisionAsync(componentType, fingerprint, at, cancellationToken);

    public Task<T> WriteAsync<T>(Func<IComponentWriteSession, Task<WriteOutcome<T>>> work, bool simulate, CancellationToken cancellationToken) =>
        TimedAsync(Stopwatch.GetTimestamp(), inner.WriteAsync(work, simulate, cancellationToken), Write);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    /// <param name="started">Taken before the store was called: its synchronous part counts too (arguments are evaluated in order).</param>
    private async Task<T> TimedAsync<T>(long started, Task<T> operation, KeyValuePair<string, object?> kind)
    {
        try
        {
            return await operation;
        }
        finally
        {
            GupMeter.StoreDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, _raf, kind);
        }
    }
}
