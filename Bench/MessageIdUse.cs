namespace GupSoap.Bench;

/// <summary>
/// The run's use of the server's MessageID store: what the request budget counted (set-up, warm-up, run, Rp fan-out)
/// against what the store holds at the end, and its capacity.
/// </summary>
internal readonly record struct MessageIdUse(long Budgeted, int? Remembered, int Capacity);
