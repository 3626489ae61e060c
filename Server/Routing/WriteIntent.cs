using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>The Rg writes whose parts land at several RAFs in separate transactions (TS 23.240 §4.3.9 all or nothing).</summary>
public enum IntentOperation
{
    Create,
    Delete,
}

/// <summary>
/// A write spanning several Rp transactions, journalled before the first of them (TS 23.240 §4.3.9): what it does and
/// what undoing each part means, so that a crash before its answer was decided is rolled back to nothing. The
/// <see cref="Claim"/> is who may decide it now: the request that began it, or — once <see cref="LeaseUntil"/> has
/// passed — a recovery that took it over.
/// </summary>
/// <param name="DecideBy">When its request's own lease ends: every part it wrote was written before then.</param>
public sealed record WriteIntent(string Id, string Claim, string ResourceId, string? ResourceType, IntentOperation Operation, DateTimeOffset StartedAt, DateTimeOffset DecideBy, DateTimeOffset LeaseUntil, IReadOnlyList<IntentPart> Parts)
{
    /// <summary>How often recovery has taken it over already (0 while its request still holds it).</summary>
    public int Attempts { get; init; }

    public static WriteIntent Begin(string resourceId, string? resourceType, IntentOperation operation, DateTimeOffset now, TimeSpan lease, IReadOnlyList<IntentPart> parts) =>
        new(Guid.NewGuid().ToString("N"), NewClaim(), resourceId, resourceType, operation, now, now + lease, now + lease, parts);

    public static string NewClaim() => Guid.NewGuid().ToString("N");
}

/// <summary>
/// One part of a <see cref="WriteIntent"/>: a component document at one RAF. For a Create, the instance it creates
/// (<see cref="InstanceId"/>, empty for single-instance types) — undone by deleting it while it is still the version
/// 1 the create made; for a Delete, the document as read before (<see cref="Document"/>) — undone by creating it
/// again where it is gone. <see cref="PlacementRecorded"/>: the write recorded the placement (Create) or found it
/// recorded (Delete).
/// </summary>
public sealed record IntentPart(XName ComponentType, string Raf, bool PlacementRecorded, string InstanceId, string? Document);
