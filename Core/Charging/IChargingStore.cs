namespace GupSoap.Core.Charging;

/// <summary>The durable table of charging records, in the process's store (SQLite or PostgreSQL).</summary>
public interface IChargingStore : IChargingRecords
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Writes every record in one transaction: all of them or none.</summary>
    Task AppendAsync(IReadOnlyList<ChargingRecord> records, CancellationToken cancellationToken);
}
