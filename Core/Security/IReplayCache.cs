namespace GupSoap.Core.Security;

/// <summary>
/// Remembers one-time identifiers (assertion IDs, MessageIDs) until they expire (SECURITY.md S9). Check-and-insert is
/// atomic and shared by every instance using the same store; it survives restarts. A store that cannot answer
/// throws, and every caller refuses the request (fail closed).
/// </summary>
public interface IReplayCache
{
    /// <summary>
    /// Records <paramref name="id"/> within <paramref name="scope"/> until <paramref name="expiresAt"/>.
    /// True when it was not yet recorded (or its earlier record has expired); false for a replay.
    /// </summary>
    ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
