using System.Collections.Frozen;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>The XML Schema built-in simple types a Define Data extension element (TS 23.240 §4.4.9) may have, and their value checks.</summary>
internal static class BuiltInSimpleTypes
{
    private static readonly FrozenDictionary<string, XmlSchemaSimpleType> s_types = new[]
    {
        "string", "normalizedString", "token", "boolean", "int", "integer", "long", "nonNegativeInteger",
        "decimal", "date", "dateTime", "anyURI", "language",
    }.ToFrozenDictionary(
        name => name,
        name => XmlSchemaType.GetBuiltInSimpleType(new XmlQualifiedName(name, XmlSchema.Namespace))
            ?? throw new InvalidOperationException("Missing built-in type xs:" + name),
        StringComparer.Ordinal);

    public static bool IsSupported(XName type) =>
        type is not null && type.NamespaceName == XmlSchema.Namespace && s_types.ContainsKey(type.LocalName);

    public static bool TryValidate(XName type, string value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsSupported(type))
        {
            error = $"'{DataEcho.Truncate(type.LocalName)}' in namespace '{DataEcho.Truncate(type.NamespaceName)}' is not a supported XML Schema built-in type.";
            return false;
        }

        try
        {
            // Applies the type's whitespace rule and facets (ranges, patterns) as a validating reader would.
            s_types[type.LocalName].Datatype!.ParseValue(value, null, null);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is XmlSchemaException or FormatException or OverflowException)
        {
            error = $"'{DataEcho.Truncate(value)}' is not a valid xs:{type.LocalName} value.";
            return false;
        }
    }
}
