using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>
/// The durable journal of multi-repository writes (TS 23.240 §4.3.9), kept in the same store as the component
/// placements so that an intent and the placements it makes or forgets commit together.
/// </summary>
public interface IWriteIntentJournal
{
    /// <summary>
    /// Records the intent and, in the same transaction, the placements it makes. False (nothing recorded) while another
    /// intent of the same resource is undecided: one multi-repository write of a profile at a time, so that a recovery
    /// never takes back what a concurrent write made.
    /// </summary>
    Task<bool> BeginAsync(WriteIntent intent, IReadOnlyCollection<(XName Type, string Raf)> placements, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the intent decided — it leaves the journal — and in the same transaction forgets <paramref name="forget"/>,
    /// but only while <paramref name="intent"/>'s claim still holds it. False (nothing changed) once another claim took over.
    /// </summary>
    Task<bool> CompleteAsync(WriteIntent intent, IReadOnlyCollection<XName> forget, CancellationToken cancellationToken);

    /// <summary>Takes over up to <paramref name="max"/> intents whose lease ran out before <paramref name="now"/>, each with a new claim and lease.</summary>
    Task<IReadOnlyList<WriteIntent>> ClaimExpiredAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>How many intents are undecided (in flight or awaiting recovery).</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
