namespace GupSoap.Bench.Compare;

/// <summary>One measured line of the comparison table.</summary>
internal sealed record CompareRow(Workload Workload, int Subscribers, WrkResult Result, double CpuMicrosecondsPerRequest, double AllocatedBytesPerRequest)
{
    /// <summary>The store of a data-size row when it is not the embedded default.</summary>
    public string? Store { get; init; }

    public string Label => Subscribers > 0 ? FormattableString.Invariant($"{Workload.Name} @{Subscribers:N0}{(Store is null ? "" : " " + Store)}") : Workload.Name;
}
