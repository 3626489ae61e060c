using System.Text.Json;
using GupSoap.Contracts.Gup;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// A subscription's selects as stored text: each data reference with the namespace bindings it was written under,
/// so it reads back into the same <see cref="DataSelect"/> and resolves to the same nodes.
/// </summary>
internal static class SelectsColumn
{
    public static string Write(IReadOnlyList<DataSelect> selects) =>
        JsonSerializer.Serialize(selects.Select(s => new StoredSelect(s.Text, new Dictionary<string, string>(s.Namespaces, StringComparer.Ordinal))).ToList());

    public static IReadOnlyList<DataSelect> Read(string text) =>
        (JsonSerializer.Deserialize<List<StoredSelect>>(text) ?? []).Select(s => new DataSelect(s.Text, s.Namespaces)).ToList();

    internal sealed record StoredSelect(string Text, Dictionary<string, string> Namespaces);
}
