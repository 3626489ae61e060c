using GupSoap.Core.Security;

namespace GupSoap.Core.Liberty;

/// <summary>
/// <see cref="IMessageIdStore"/> on the shared, durable <see cref="IReplayCache"/> (SB 2.0 DuplicateMsg, SECURITY.md
/// S9/S15): a MessageID seen by any instance, before or after a restart, is a duplicate. Failures propagate (fail closed).
/// </summary>
public sealed class ReplayCacheMessageIdStore(IReplayCache cache) : IMessageIdStore
{
    /// <summary>The replay-cache scope of MessageIDs, apart from assertion IDs.</summary>
    public const string Scope = "wsa:MessageID";

    public ValueTask<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        cache.TryRecordAsync(Scope, key, expiresAt, cancellationToken);
}
