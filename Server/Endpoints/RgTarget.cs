using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;

namespace GupSoap.Server.Endpoints;

/// <summary>A request item's data reference with the component type it routes to (null for the whole profile).</summary>
public sealed record RgTarget(DataReference Reference, XName? ComponentType)
{
    public bool IsWholeProfile => ComponentType is null;

    /// <summary>Addresses an Rp request to one component of the Rg request's resource, for the same requestor.</summary>
    public static T Addressed<T>(RgRequest request, XName type, T rpRequest)
        where T : RpComponentRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rpRequest);
        rpRequest.ResourceId = request.ResourceId;
        rpRequest.RequestorData = request.RequestorData;
        rpRequest.ComponentType = QName(type);
        return rpRequest;
    }

    public static XmlQualifiedName QName(XName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new XmlQualifiedName(type.LocalName, type.NamespaceName);
    }
}
