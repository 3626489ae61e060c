namespace GupSoap.Core.Charging;

/// <summary>Where answered operations leave their charging record (TS 23.240 §4.1.9); written in the background.</summary>
public interface IChargingLog
{
    /// <summary>Queues <paramref name="record"/> for writing; waits only while the queue is full.</summary>
    ValueTask WriteAsync(ChargingRecord record, CancellationToken cancellationToken);
}
