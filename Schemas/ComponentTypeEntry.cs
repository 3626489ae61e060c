namespace GupSoap.Schemas;

/// <summary>
/// A component type as the operator (or the built-in descriptors) wrote it, before it is checked against the compiled
/// schemas: the root element (local name in the schema's target namespace, or a Clark name <c>{ns}local</c>), the
/// schema file declaring it (null: the one whose target namespace is the element's), the attribute keying several
/// documents per resource (null for single-document types), and where the entry was written.
/// </summary>
public sealed record ComponentTypeEntry(string Element, string? SchemaFile, string? InstanceKey, string DeclaredIn);
