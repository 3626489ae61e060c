using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;

namespace GupSoap.Contracts.Gup;

/// <summary>TS 23.240 §4.1.4 requestor information; credentials travel in <c>wsse:Security</c>, not here.</summary>
[XmlType("RequestorDataType", Namespace = Namespaces.Gup)]
public sealed class RequestorData
{
    [XmlElement("SubscriberID")]
    public string? SubscriberId { get; set; }

    [XmlElement("ApplicationID")]
    public string? ApplicationId { get; set; }

    [XmlElement("PrivacyPolicy")]
    public string? PrivacyPolicy { get; set; }

    [XmlElement("RedirectionIndication")]
    public string? RedirectionIndication { get; set; }

    [XmlElement("AdditionalInfo")]
    public AnyContent? AdditionalInfo { get; set; }
}

/// <summary>An element whose children are arbitrary XML, kept as <see cref="XElement"/>.</summary>
public sealed class AnyContent
{
    [XmlAnyElement]
    public XElement[]? Elements { get; set; }

    [XmlText]
    public string? Text { get; set; }

    [XmlAnyAttribute]
    public XmlAttribute[]? Attributes { get; set; }
}
