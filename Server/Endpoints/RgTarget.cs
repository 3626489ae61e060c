using System.Xml;
using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Server.Endpoints;

/// <summary>A request item's data reference with the component type it routes to (null for the whole profile).</summary>
public sealed record RgTarget(DataReference Reference, XName? ComponentType)
{
    public bool IsWholeProfile => ComponentType is null;

    public static XmlQualifiedName QName(XName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new XmlQualifiedName(type.LocalName, type.NamespaceName);
    }
}
