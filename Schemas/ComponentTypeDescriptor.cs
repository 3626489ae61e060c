using System.Text.Json;

namespace GupSoap.Schemas;

/// <summary>
/// Reads the small descriptor beside a schema (<c>parental-control.component.json</c> beside
/// <c>parental-control.xsd</c>) that declares which of its top-level elements are component types:
/// <c>{ "Element": "ParentalControl" }</c>, optionally with <c>"InstanceKey": "childId"</c> for a type a resource
/// holds several documents of, or an array of such objects.
/// </summary>
internal static class ComponentTypeDescriptor
{
    public const string Suffix = ".component.json";

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 4,
    };

    /// <summary>The entries of one descriptor, whose schema is <paramref name="schemaFile"/>.</summary>
    /// <exception cref="SchemaCatalogException">The text is not a descriptor.</exception>
    public static IReadOnlyList<ComponentTypeEntry> Read(string text, string schemaFile, string location)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            throw new SchemaCatalogException(location, $"is not valid JSON (line {ex.LineNumber + 1}): {DataEcho.Truncate(ex.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            var objects = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            if (objects.Count == 0)
            {
                throw new SchemaCatalogException(location, "declares no component type; write { \"Element\": \"RootElementName\" }.");
            }

            return [.. objects.Select(o => Entry(o, schemaFile, location))];
        }
    }

    private static ComponentTypeEntry Entry(JsonElement value, string schemaFile, string location)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaCatalogException(location, "must hold an object { \"Element\": … } or an array of them.");
        }

        string? element = null;
        string? instanceKey = null;
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.Equals("Element", StringComparison.OrdinalIgnoreCase))
            {
                element = Text(property, location);
            }
            else if (property.Name.Equals("InstanceKey", StringComparison.OrdinalIgnoreCase))
            {
                instanceKey = Text(property, location);
            }
            else
            {
                throw new SchemaCatalogException(location, $"has the unknown property '{DataEcho.Truncate(property.Name)}'; a descriptor knows Element and InstanceKey.");
            }
        }

        return element is null
            ? throw new SchemaCatalogException(location, "names no Element (the component's root element in the schema).")
            : new ComponentTypeEntry(element, schemaFile, instanceKey, location);
    }

    private static string Text(JsonProperty property, string location) =>
        property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text
            ? text
            : throw new SchemaCatalogException(location, $"has a {property.Name} that is not a non-empty string.");
}
