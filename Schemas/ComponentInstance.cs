using System.Xml.Linq;

namespace GupSoap.Schemas;

/// <summary>
/// One document of a component type keyed by <see cref="ComponentTypeNames.InstanceKey"/> (ARCHITECTURE.md "Data
/// model"): its instance id, and the version attribute the repository keeps equal to the stored version.
/// </summary>
public static class ComponentInstance
{
    /// <summary>The instance id of single-instance types: each resource holds at most one such document.</summary>
    public const string OnlyInstance = "";

    public static bool IsMultiInstance(XName componentType) => ComponentTypeNames.InstanceKey(componentType) is not null;

    /// <summary>
    /// The instance id <paramref name="document"/> declares: <see cref="OnlyInstance"/> for single-instance types, the key
    /// attribute's value otherwise, or null when that attribute is missing or blank.
    /// </summary>
    public static string? IdOf(XElement document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return IdOf(document, ComponentTypeNames.InstanceKey(document.Name));
    }

    /// <summary>The same under a declaration at hand (<paramref name="key"/> null: a single-instance type).</summary>
    public static string? IdOf(XElement document, XName? key)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (key is null)
        {
            return OnlyInstance;
        }

        // The schema types the key as xs:token: compare and store the collapsed form, as a validator reads it.
        var value = document.Attribute(key)?.Value;
        var collapsed = value is null ? null : string.Join(' ', value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return string.IsNullOrEmpty(collapsed) ? null : collapsed;
    }

    /// <summary>
    /// Writes <paramref name="version"/> into a multi-instance document's version attribute (whatever the writer put
    /// there) and its key in collapsed form, so the document always tells the version it is stored under; single-instance
    /// documents are left alone.
    /// </summary>
    public static void Stamp(XElement document, long version)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (ComponentTypeNames.InstanceKey(document.Name) is not { } key)
        {
            return;
        }

        if (IdOf(document) is { } id)
        {
            document.SetAttributeValue(key, id);
        }

        document.SetAttributeValue(ComponentTypeNames.InstanceVersionAttribute, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
