using System.Security.Cryptography;
using System.Text;

namespace GupSoap.Core.Liberty;

/// <summary>
/// Process-local <see cref="IMessageIdStore"/>. Keys are kept as 128-bit hashes in time buckets of 30 s, so expiry
/// drops whole buckets and memory stays near 32 bytes per remembered message. Check-and-insert is one critical
/// section; over <c>capacity</c> entries it throws and callers fail closed.
/// </summary>
public sealed class InMemoryMessageIdStore(TimeProvider time, int capacity = InMemoryMessageIdStore.DefaultCapacity) : IMessageIdStore
{
    /// <summary>Enough for ~10 k req/s over a 6-minute window.</summary>
    public const int DefaultCapacity = 4_000_000;

    private static readonly long BucketTicks = TimeSpan.FromSeconds(30).Ticks;
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, HashSet<UInt128>> _buckets = [];
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public ValueTask<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Hash(key);
        // An entry lives until the end of its bucket: never shorter than asked, at most 30 s longer.
        var bucketEnd = ((expiresAt.UtcTicks / BucketTicks) + 1) * BucketTicks;
        lock (_gate)
        {
            DropExpired(time.GetUtcNow().UtcTicks);
            foreach (var bucket in _buckets.Values)
            {
                if (bucket.Contains(hash))
                {
                    return ValueTask.FromResult(false);
                }
            }

            if (_count >= capacity)
            {
                throw new InvalidOperationException("MessageID store is full.");
            }

            if (!_buckets.TryGetValue(bucketEnd, out var target))
            {
                _buckets[bucketEnd] = target = [];
            }

            target.Add(hash);
            _count++;
            return ValueTask.FromResult(true);
        }
    }

    private void DropExpired(long now)
    {
        while (_buckets.Count > 0)
        {
            var (end, bucket) = _buckets.First();
            if (end > now)
            {
                return;
            }

            _count -= bucket.Count;
            _buckets.Remove(end);
        }
    }

    private static UInt128 Hash(string key)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return new UInt128(BitConverter.ToUInt64(digest), BitConverter.ToUInt64(digest[8..]));
    }
}
