using System.Xml.Linq;

namespace GupSoap.Raf.Storage;

/// <summary>A Define Data extension (TS 23.240 §4.4.9) as stored: element name, simple type, parent reference and its namespace bindings.</summary>
public sealed record StoredDefinition(
    XName ComponentType,
    XName Name,
    XName SimpleType,
    string ParentSelect,
    IReadOnlyDictionary<string, string> ParentNamespaces,
    int MaxOccurs);
