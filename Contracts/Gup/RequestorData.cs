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
public class AnyContent
{
    [XmlAnyElement]
    public XElement[]? Elements { get; set; }

    [XmlText]
    public string? Text { get; set; }

    [XmlAnyAttribute]
    public XmlAttribute[]? Attributes { get; set; }
}

/// <summary>
/// Open content that may instead be one text value, an attribute's (gup:ValueContentType): as the text, or in
/// <c>value</c> for clients that map XML to objects and cannot read or write mixed-content text.
/// </summary>
[XmlType("ValueContentType", Namespace = Namespaces.Gup)]
public sealed class ValueContent : AnyContent
{
    [XmlAttribute("value")]
    public string? Value { get; set; }

    /// <summary>The one value: <see cref="Value"/> when given, else the text.</summary>
    [XmlIgnore]
    public string? TextValue => Value ?? Text;

    /// <summary>Both forms given and different: the value is ambiguous.</summary>
    [XmlIgnore]
    public bool HasConflictingValue => Value is not null && !string.IsNullOrWhiteSpace(Text) && Text != Value;

    /// <summary>A selected value in both forms, the same (what the server writes).</summary>
    public static ValueContent OfText(XElement[]? elements, string? text) => new() { Elements = elements, Text = text, Value = text };
}
