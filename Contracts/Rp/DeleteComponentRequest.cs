using System.Xml.Serialization;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.2 Delete Component.</summary>
[XmlRoot("DeleteComponent", Namespace = Namespaces.Rp)]
[XmlType("DeleteComponentType", Namespace = Namespaces.Rp)]
public sealed class DeleteComponentRequest : RpComponentRequest
{
    /// <summary>Optimistic lock: fail with <c>ModifiedSince</c> when the component changed after this instant.</summary>
    [XmlAttribute("notChangedSince")]
    public DateTime NotChangedSince { get; set; }

    [XmlIgnore]
    public bool NotChangedSinceSpecified { get; set; }
}

[XmlRoot("DeleteComponentResponse", Namespace = Namespaces.Rp)]
[XmlType("DeleteComponentResponseType", Namespace = Namespaces.Rp)]
public sealed class DeleteComponentResponse : RpResponse
{
}
