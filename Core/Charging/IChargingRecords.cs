namespace GupSoap.Core.Charging;

/// <summary>Reads charging records (TS 23.240 §4.1.9): billing export, customer care, a subscriber's access history.</summary>
public interface IChargingRecords
{
    /// <summary>The records matching <paramref name="query"/>, in time order (ties in the order written).</summary>
    IAsyncEnumerable<ChargingRecord> QueryAsync(ChargingQuery query, CancellationToken cancellationToken);
}
