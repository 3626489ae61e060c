using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.3 Modify Data: one or more modifications of one component, applied all or nothing.</summary>
[XmlRoot("ModifyData", Namespace = Namespaces.Rp)]
[XmlType("ModifyDataType", Namespace = Namespaces.Rp)]
public sealed class ModifyDataRequest : RpComponentRequest
{
    [XmlElement("Modification", Order = 3)]
    public Modification[]? Modifications { get; set; }
}

/// <summary>One modification: where (<c>Select</c>), what (<c>NewData</c>), and insert or overwrite.</summary>
[XmlType("ModificationType", Namespace = Namespaces.Rp)]
public sealed class Modification
{
    [XmlElement("Select", Order = 0)]
    public DataSelect? Select { get; set; }

    /// <summary>The new element(s), or for an attribute its new value as text or in <c>value</c>; absent or empty with overwrite = remove.</summary>
    [XmlElement("NewData", Order = 1)]
    public ValueContent? NewData { get; set; }

    [XmlAttribute("itemID")]
    public string? ItemId { get; set; }

    /// <summary>Overwrite indication: true replaces existing data, false (default) only inserts.</summary>
    [XmlAttribute("overrideAllowed")]
    public bool OverrideAllowed { get; set; }

    [XmlAttribute("notChangedSince")]
    public DateTime NotChangedSince { get; set; }

    [XmlIgnore]
    public bool NotChangedSinceSpecified { get; set; }
}

[XmlRoot("ModifyDataResponse", Namespace = Namespaces.Rp)]
[XmlType("ModifyDataResponseType", Namespace = Namespaces.Rp)]
public sealed class ModifyDataResponse : RpResponse
{
    [XmlElement("Version", Order = 1)]
    public long? Version { get; set; }
}
