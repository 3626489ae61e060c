using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf.Storage;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>What became of one profile of a batch.</summary>
internal enum ImportOutcome
{
    Imported,

    /// <summary>Every component was already stored exactly so (version 1, same document): an import resumed after its last commit.</summary>
    AlreadyPresent,

    Rejected,
}

/// <summary>
/// Writes a batch of prepared profiles in one transaction per RAF through the store's write session (the RAFs' own
/// write path: version 1, change time, notifications of subscribers to the data). The transactions are nested — the
/// first RAF's is open while the next one commits — so a profile refused at any RAF (a component it already holds)
/// is written at none. A component found stored exactly as it would be written counts as present, which makes a
/// batch safe to run again after an interruption between two RAFs' commits.
/// </summary>
internal static class ProfileBatchWriter
{
    public static async Task<IReadOnlyList<(ImportOutcome Outcome, string? Reason)>> WriteAsync(IReadOnlyList<PreparedProfile> batch,
        IReadOnlyList<OpenRaf> rafs, XmlLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        var refused = new Dictionary<int, string>();
        var written = new HashSet<int>();
        await WriteFromAsync(0, batch, rafs, refused, written, limits, time, cancellationToken);
        return [.. batch.Select((_, i) =>
            refused.TryGetValue(i, out var reason) ? (ImportOutcome.Rejected, reason)
            : written.Contains(i) ? (ImportOutcome.Imported, (string?)null)
            : (ImportOutcome.AlreadyPresent, null))];
    }

    private static async Task WriteFromAsync(int rafIndex, IReadOnlyList<PreparedProfile> batch, IReadOnlyList<OpenRaf> rafs, Dictionary<int, string> refused,
        HashSet<int> written, XmlLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        if (rafIndex == rafs.Count)
        {
            return;
        }

        var raf = rafs[rafIndex];
        var mine = batch.Select((profile, i) => (i, profile, Parts: profile.Components.Where(c => c.Raf == raf).ToList())).Where(x => x.Parts.Count > 0).ToList();
        if (mine.Count == 0)
        {
            await WriteFromAsync(rafIndex + 1, batch, rafs, refused, written, limits, time, cancellationToken);
            return;
        }

        await raf.Store.WriteAsync(async session =>
        {
            var toInsert = new List<(int Index, PreparedProfile Profile, PreparedComponent Part)>();
            var claimed = new HashSet<(string, XName, string)>();
            foreach (var (i, profile, parts) in mine.Where(x => !refused.ContainsKey(x.i)))
            {
                foreach (var part in parts)
                {
                    if (!claimed.Add((profile.ResourceId, part.Type, part.InstanceId)))
                    {
                        refused[i] = $"{part.Type.LocalName}: an earlier profile of the same subscriber in this import holds one already.";
                        break;
                    }

                    var existing = await session.GetAsync(profile.ResourceId, part.Type, part.InstanceId);
                    if (existing is null)
                    {
                        toInsert.Add((i, profile, part));
                    }
                    else if (!SameAsImported(existing, part, limits))
                    {
                        refused[i] = $"{part.Type.LocalName}: the subscriber already has {(part.InstanceId.Length == 0 ? "one" : $"the one '{part.InstanceId}'")} (RAF {raf.Options.Name}).";
                        break;
                    }
                }
            }

            // The later RAFs decide before this one commits, so their refusals are known here.
            await WriteFromAsync(rafIndex + 1, batch, rafs, refused, written, limits, time, cancellationToken);
            var now = time.GetUtcNow();
            foreach (var (i, profile, part) in toInsert.Where(x => !refused.ContainsKey(x.Index)))
            {
                await session.InsertAsync(profile.ResourceId, profile.ResourceType, part.Type, part.Data, now);
                written.Add(i);
            }

            return WriteOutcome.Committed(0);
        }, simulate: false, cancellationToken);
    }

    private static bool SameAsImported(StoredComponent existing, PreparedComponent part, XmlLimits limits) =>
        existing.Version == 1 && (existing.Data == part.Data
            || XNode.DeepEquals(SafeXmlLoader.Load(existing.Data, limits).Document?.Root, SafeXmlLoader.Load(part.Data, limits).Document?.Root));
}
