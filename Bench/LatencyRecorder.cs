using System.Numerics;

namespace GupSoap.Bench;

/// <summary>
/// Latency histogram in microseconds: exact below 128 µs, then 64 buckets per power of two (within 1.6 %).
/// Fixed size and allocation-free while recording; each worker owns one, so recording takes no lock.
/// </summary>
internal sealed class LatencyRecorder
{
    private const int LinearLimit = 128;
    private const int SubBuckets = 64;
    private const int SubBucketBits = 6;
    private const int MaxExponent = 40;

    private readonly long[] _counts = new long[LinearLimit + ((MaxExponent - SubBucketBits) * SubBuckets)];

    public long Count { get; private set; }

    public long MaxMicroseconds { get; private set; }

    public void Record(long microseconds)
    {
        var value = Math.Clamp(microseconds, 0, (1L << (MaxExponent + 1)) - 1);
        _counts[IndexOf(value)]++;
        Count++;
        MaxMicroseconds = Math.Max(MaxMicroseconds, value);
    }

    public void Add(LatencyRecorder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
    }

    /// <summary>The highest value of the bucket holding the given percentile (0–100), at most the maximum seen.</summary>
    public long PercentileMicroseconds(double percentile)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100 * Count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(HighestIn(i), MaxMicroseconds);
            }
        }

        return MaxMicroseconds;
    }

    private static int IndexOf(long value)
    {
        if (value < LinearLimit)
        {
            return (int)value;
        }

        var exponent = BitOperations.Log2((ulong)value);
        var shift = exponent - SubBucketBits;
        var mantissa = (int)(value >> shift) - SubBuckets;
        return LinearLimit + ((exponent - 7) * SubBuckets) + mantissa;
    }

    private static long HighestIn(int index)
    {
        if (index < LinearLimit)
        {
            return index;
        }

        var exponent = ((index - LinearLimit) / SubBuckets) + 7;
        var mantissa = ((index - LinearLimit) % SubBuckets) + SubBuckets;
        var shift = exponent - SubBucketBits;
        return ((long)(mantissa + 1) << shift) - 1;
    }
}
