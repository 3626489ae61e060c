namespace GupSoap.Bench;

/// <summary>The number of requests a run may still send, shared by all workers of all phases.</summary>
internal sealed class RequestBudget(long total)
{
    private long _remaining = total;

    public bool Exhausted => Interlocked.Read(ref _remaining) <= 0;

    public bool TryTake() => Interlocked.Decrement(ref _remaining) >= 0;
}
