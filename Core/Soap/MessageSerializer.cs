using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;

namespace GupSoap.Core.Soap;

/// <summary>XmlSerializer for the wire contracts: one cached serializer per type; unknown content is an error, not ignored.</summary>
public static class MessageSerializer
{
    private static readonly ConcurrentDictionary<Type, XmlSerializer> Serializers = new();

    // Built per type against one table of well-known prefixes; built again when a host adopted more component types.
    private static readonly ConcurrentDictionary<Type, (IReadOnlyDictionary<string, string> WellKnown, XmlSerializerNamespaces Namespaces)> Prefixes = new();

    public static XmlSerializer For(Type type) => Serializers.GetOrAdd(type, static t => new XmlSerializer(t));

    /// <summary>Reads <paramref name="element"/> as <paramref name="type"/>; the error names the first unexpected or malformed item.</summary>
    public static (object? Value, string? Error) Deserialize(XElement element, Type type)
    {
        ArgumentNullException.ThrowIfNull(element);
        string? unknown = null;
        var events = new XmlDeserializationEvents
        {
            OnUnknownElement = (_, e) => unknown ??= $"unexpected element '{SoapFaults.Truncate(e.Element.LocalName)}'",
            OnUnknownAttribute = (_, e) =>
            {
                if (e.Attr.NamespaceURI != Namespaces.XmlSchemaInstance)
                {
                    unknown ??= $"unexpected attribute '{SoapFaults.Truncate(e.Attr.LocalName)}'";
                }
            },
        };
        try
        {
            using var reader = new WellKnownPrefixReader(element.CreateReader());
            var value = For(type).Deserialize(reader, events);
            return unknown is null ? (value, null) : (null, unknown);
        }
        catch (InvalidOperationException ex)
        {
            return (null, Describe(ex));
        }
    }

    public static void Serialize(XmlWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        var wellKnown = WellKnownPrefixes.All;
        var prefixes = Prefixes.GetOrAdd(type, static (t, w) => (w, CreatePrefixes(t, w)), wellKnown);
        if (!ReferenceEquals(prefixes.WellKnown, wellKnown))
        {
            prefixes = (wellKnown, CreatePrefixes(type, wellKnown));
            Prefixes[type] = prefixes;
        }

        For(type).Serialize(writer, value, prefixes.Namespaces);
    }

    /// <summary>Serializes to a detached element (tests, fixtures and in-process callers).</summary>
    public static XElement ToElement(object value)
    {
        var document = new XDocument();
        using (var writer = document.CreateWriter())
        {
            Serialize(writer, value);
        }

        return document.Root!;
    }

    private static string Describe(InvalidOperationException ex)
    {
        // The innermost message says what was wrong (a number that is not one, an unbound prefix, ...).
        Exception inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var text = new StringBuilder(inner.Message);
        return SoapFaults.Truncate(text.ToString().Length > 160 ? text.ToString()[..160] : text.ToString());
    }

    /// <summary>
    /// gup and lu, plus the conventional prefix of the message's own namespace. Rg and Rp messages carry component
    /// types as <c>xs:QName</c> values, so their root also declares the well-known prefixes once: every QName is written
    /// as <c>sub:SubscriberInfo</c>, never with a prefix generated per element (<c>q1</c>, <c>q2</c>, …).
    /// </summary>
    private static XmlSerializerNamespaces CreatePrefixes(Type type, IReadOnlyDictionary<string, string> wellKnown)
    {
        var ns = new XmlSerializerNamespaces();
        var root = type.GetCustomAttributes(typeof(XmlRootAttribute), inherit: false).OfType<XmlRootAttribute>().FirstOrDefault()?.Namespace;
        switch (root)
        {
            case Namespaces.Rp:
                ns.Add("rp", Namespaces.Rp);
                AddWellKnown(ns, wellKnown);
                break;
            case Namespaces.Rg:
                ns.Add("rg", Namespaces.Rg);
                AddWellKnown(ns, wellKnown);
                break;
            case Namespaces.Disco:
                ns.Add("disco", Namespaces.Disco);
                ns.Add("wsa", Namespaces.WsAddressing);
                ns.Add("sbf", Namespaces.SoapBindingFramework);
                ns.Add("sec", Namespaces.LibertySecurity);
                break;
        }

        ns.Add("gup", Namespaces.Gup);
        ns.Add("lu", Namespaces.LibertyUtility);
        return ns;
    }

    private static void AddWellKnown(XmlSerializerNamespaces ns, IReadOnlyDictionary<string, string> wellKnown)
    {
        foreach (var (prefix, uri) in wellKnown)
        {
            if (prefix != "gup")
            {
                ns.Add(prefix, uri);
            }
        }
    }
}
