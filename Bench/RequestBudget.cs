namespace GupSoap.Bench;

/// <summary>
/// The SOAP requests (MessageIDs) the server may still receive in a run, shared by all workers of all phases and the
/// set-up; an Rg request takes its Rp fan-out too. Once a take fails the budget stays exhausted.
/// </summary>
internal sealed class RequestBudget(long total)
{
    private long _remaining = total;
    private long _taken;

    public long Total { get; } = total;

    public bool Exhausted => Interlocked.Read(ref _remaining) <= 0;

    /// <summary>MessageIDs taken so far (successful takes only).</summary>
    public long Taken => Interlocked.Read(ref _taken);

    public bool TryTake(int cost)
    {
        if (Interlocked.Add(ref _remaining, -cost) < 0)
        {
            return false;
        }

        Interlocked.Add(ref _taken, cost);
        return true;
    }
}
