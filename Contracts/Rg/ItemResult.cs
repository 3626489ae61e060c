using System.Xml.Serialization;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Contracts.Rg;

/// <summary>The outcome of one request item (CreateItem, ModifyItem): its status and the component version it produced.</summary>
[XmlType("ItemResultType", Namespace = Namespaces.Rg)]
public sealed class ItemResult
{
    [XmlElement("Status", Namespace = Namespaces.LibertyUtility)]
    public Status Status { get; set; } = Status.Ok();

    [XmlAttribute("itemIDRef")]
    public string? ItemIdRef { get; set; }

    /// <summary>The component's version after the item was applied (absent when it failed).</summary>
    [XmlAttribute("version")]
    public long Version { get; set; }

    [XmlIgnore]
    public bool VersionSpecified { get; set; }
}
