using System.Text.Json;
using System.Text.Json.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Server.Subscriptions;

/// <summary>Data references as stored text: each select's text with the namespace bindings it was written with.</summary>
internal static class StoredSelects
{
    public static string Write(IReadOnlyList<DataSelect> selects) =>
        JsonSerializer.Serialize(selects.Select(s => new StoredSelect(s.Text, new Dictionary<string, string>(s.Namespaces))).ToList(), StoredSelectContext.Default.ListStoredSelect);

    public static IReadOnlyList<DataSelect> Read(string text) =>
        (JsonSerializer.Deserialize(text, StoredSelectContext.Default.ListStoredSelect) ?? []).Select(s => new DataSelect(s.Text, s.Namespaces)).ToList();
}

internal sealed record StoredSelect(string Text, Dictionary<string, string> Namespaces);

[JsonSerializable(typeof(List<StoredSelect>))]
internal sealed partial class StoredSelectContext : JsonSerializerContext;
