using System.Collections.Concurrent;
using GupSoap.Core.Security;

namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>A process-local <see cref="IReplayCache"/> for interop tests, which check signatures, not the shared store.</summary>
internal sealed class InMemoryReplayCache(TimeProvider time) : IReplayCache
{
    private readonly ConcurrentDictionary<(string Scope, string Id), DateTimeOffset> _records = new();

    public ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var key = (scope, id);
        var now = time.GetUtcNow();
        while (true)
        {
            if (_records.TryAdd(key, expiresAt))
            {
                return ValueTask.FromResult(true);
            }

            if (!_records.TryGetValue(key, out var recorded))
            {
                continue;
            }

            if (recorded > now)
            {
                return ValueTask.FromResult(false);
            }

            // An expired record may be replaced, but only by one caller: the swap is conditional on the old value.
            if (_records.TryUpdate(key, expiresAt, recorded))
            {
                return ValueTask.FromResult(true);
            }
        }
    }
}
