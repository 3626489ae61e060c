using System.Xml.Linq;

namespace GupSoap.Raf.Storage;

/// <summary>One page of List Data: resources in order with the component types each holds here.</summary>
public sealed record ListPage(IReadOnlyList<ListedResource> Resources, bool EndOfList);

public sealed record ListedResource(string ResourceId, string? ResourceType, IReadOnlyList<XName> ComponentTypes);
