namespace GupSoap.Bench.Compare;

/// <summary>One measured line of the comparison table.</summary>
internal sealed record CompareRow(Workload Workload, int Subscribers, WrkResult Result, double CpuMicrosecondsPerRequest, double AllocatedBytesPerRequest)
{
    public string Label => Subscribers > 0 ? FormattableString.Invariant($"{Workload.Name} @{Subscribers:N0}") : Workload.Name;
}
