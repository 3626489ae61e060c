namespace GupSoap.Core.Liberty;

/// <summary>
/// Remembers MessageIDs for duplicate detection (SB 2.0 DuplicateMsg). Check-and-insert is atomic; a store that
/// cannot answer throws, and callers fail closed.
/// </summary>
public interface IMessageIdStore
{
    /// <summary>Records <paramref name="key"/> until <paramref name="expiresAt"/>; false when it is already recorded.</summary>
    ValueTask<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
