namespace GupSoap.Bench;

/// <summary>Memory and GC figures of this process (server and load generator together) at one moment.</summary>
internal readonly record struct ProcessSnapshot(
    long WorkingSetBytes,
    long GcHeapBytes,
    long GcCommittedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    long AllocatedBytes,
    TimeSpan GcPause,
    TimeSpan CpuTime,
    int ThreadPoolThreads,
    long LockContentions)
{
    public static ProcessSnapshot Take() => new(
        Environment.WorkingSet,
        GC.GetTotalMemory(forceFullCollection: false),
        GC.GetGCMemoryInfo().TotalCommittedBytes,
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalAllocatedBytes(precise: false),
        GC.GetTotalPauseDuration(),
        Environment.CpuUsage.TotalTime,
        ThreadPool.ThreadCount,
        Monitor.LockContentionCount);
}
