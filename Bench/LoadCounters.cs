namespace GupSoap.Bench;

/// <summary>Running totals of one phase, shared by its workers and read by the progress line.</summary>
internal sealed class LoadCounters
{
    private long _requests;
    private long _errors;

    public long Requests => Interlocked.Read(ref _requests);

    public long Errors => Interlocked.Read(ref _errors);

    public void Completed(bool ok)
    {
        Interlocked.Increment(ref _requests);
        if (!ok)
        {
            Interlocked.Increment(ref _errors);
        }
    }
}
