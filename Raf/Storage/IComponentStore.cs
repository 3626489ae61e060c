using System.Xml.Linq;

namespace GupSoap.Raf.Storage;

/// <summary>
/// Where a RAF keeps its components. Every write runs in one transaction (all or nothing), serialised per store
/// so read-modify-write never loses an update (SECURITY.md R7, R8).
/// </summary>
public interface IComponentStore : IAsyncDisposable
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The resource's component of a single-instance type; for a multi-instance type its first instance in instance-id order.</summary>
    Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, CancellationToken cancellationToken);

    /// <summary>One instance of a multi-instance type (<see cref="Schemas.ComponentInstance.OnlyInstance"/> for the others).</summary>
    Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, string instanceId, CancellationToken cancellationToken);

    /// <summary>Every document of <paramref name="componentType"/> the resource holds, in instance-id order (at most one for single-instance types).</summary>
    Task<IReadOnlyList<StoredComponent>> ReadAllAsync(string resourceId, XName componentType, CancellationToken cancellationToken);

    Task<ListPage> ListAsync(string? resourcePattern, IReadOnlyCollection<XName> componentTypes, int offset, int count, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType, CancellationToken cancellationToken);

    /// <summary>
    /// Every stored document of <paramref name="componentType"/>, of every resource, read as they come (one pass, no
    /// order promised): what a schema revision check goes through.
    /// </summary>
    IAsyncEnumerable<StoredComponent> ReadAllOfTypeAsync(XName componentType, CancellationToken cancellationToken);

    /// <summary>The schema revision (fingerprint) the stored documents of each component type were last found valid under.</summary>
    Task<IReadOnlyDictionary<XName, string>> GetSchemaRevisionsAsync(CancellationToken cancellationToken);

    /// <summary>Records that the stored documents of <paramref name="componentType"/> are valid under <paramref name="fingerprint"/>.</summary>
    Task SetSchemaRevisionAsync(XName componentType, string fingerprint, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction. It is committed only when the work asks for it and
    /// <paramref name="simulate"/> is false; an exception rolls it back.
    /// </summary>
    Task<T> WriteAsync<T>(Func<IComponentWriteSession, Task<WriteOutcome<T>>> work, bool simulate, CancellationToken cancellationToken);

    /// <summary>
    /// Raised after a write committed that queued notifications (the delivery engine's wake-up); runs on the writer,
    /// outside the write lock, and must neither block nor throw.
    /// </summary>
    event Action? NotificationsQueued;
}

/// <summary>The result of a unit of write work and whether it should be committed.</summary>
public readonly record struct WriteOutcome<T>(T Result, bool Commit);

public static class WriteOutcome
{
    public static WriteOutcome<T> Committed<T>(T result) => new(result, true);

    public static WriteOutcome<T> RolledBack<T>(T result) => new(result, false);
}

/// <summary>
/// Operations available inside one write transaction. Every insert, update and delete is also offered to the
/// subscriptions on that component when the transaction commits (TS 23.240 §4.4.8; SECURITY.md R7). Documents of a
/// multi-instance type (<see cref="Schemas.ComponentTypeNames.InstanceKey"/>) are stored one per instance id, each
/// with its own version, and their version attribute is set to that version on every write.
/// </summary>
public interface IComponentWriteSession
{
    /// <summary>The component of a single-instance type; for a multi-instance type the first instance in instance-id order.</summary>
    Task<StoredComponent?> GetAsync(string resourceId, XName componentType);

    /// <summary>One instance of a multi-instance type (<see cref="Schemas.ComponentInstance.OnlyInstance"/> for the others).</summary>
    Task<StoredComponent?> GetAsync(string resourceId, XName componentType, string instanceId);

    /// <summary>Every document of the type the resource holds, in instance-id order.</summary>
    Task<IReadOnlyList<StoredComponent>> GetAllAsync(string resourceId, XName componentType);

    /// <summary>Stores version 1; for a multi-instance type under the instance id the document's key attribute names (it must have one).</summary>
    Task<StoredComponent> InsertAsync(string resourceId, string? resourceType, XName componentType, string data, DateTimeOffset at);

    /// <summary>
    /// Stores new data with version + 1 and a change time strictly after the previous one; the data of a multi-instance
    /// type must name the same instance as <paramref name="existing"/>.
    /// </summary>
    Task<StoredComponent> UpdateAsync(StoredComponent existing, string data, DateTimeOffset at);

    /// <summary>Deletes that document (for a multi-instance type, that one instance).</summary>
    Task DeleteAsync(StoredComponent existing);

    Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType);

    Task AddDefinitionAsync(StoredDefinition definition, DateTimeOffset at);

    /// <summary>Subscriptions and their notifications, in this same transaction.</summary>
    Notifications.ISubscriptionSession Subscriptions { get; }
}
