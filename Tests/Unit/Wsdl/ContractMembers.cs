using System.Globalization;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Reflection and schema-walking helpers of <see cref="ContractShape"/>: members as XmlSerializer sees them, particles as a flat list.</summary>
internal static class ContractMembers
{
    /// <summary>Serialized properties in XmlSerializer order: base class first, each class by Order, then declaration.</summary>
    public static IEnumerable<PropertyInfo> Serialized(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Push(t);
        }

        return chain.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.GetCustomAttribute<XmlIgnoreAttribute>() is null)
            .OrderBy(p => p.GetCustomAttribute<XmlElementAttribute>()?.Order ?? -1)
            .ThenBy(p => p.MetadataToken));
    }

    /// <summary>The elements and wildcards of a content model made of sequences only (<paramref name="xsdName"/> names the schema in the error).</summary>
    public static IEnumerable<XmlSchemaParticle> Flatten(XmlSchemaParticle? particle, string xsdName) => particle switch
    {
        XmlSchemaSequence sequence => sequence.Items.Cast<XmlSchemaParticle>().SelectMany(p => Flatten(p, xsdName)),
        XmlSchemaElement or XmlSchemaAny => [particle],
        XmlSchemaGroupBase other => throw new InvalidOperationException($"Only sequences are expected in {xsdName}, found {other.GetType().Name}"),
        _ => [],
    };

    public static bool HasSpecified(PropertyInfo member) =>
        member.DeclaringType!.GetProperty(member.Name + "Specified") is { PropertyType: var t } && t == typeof(bool);

    public static Type Unwrapped(Type type) =>
        type.IsArray ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>A CLR value as the schema would write it in a default.</summary>
    public static string? Format(object? value) => value switch
    {
        bool b => XmlConvert.ToString(b),
        int i => XmlConvert.ToString(i),
        long l => XmlConvert.ToString(l),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
