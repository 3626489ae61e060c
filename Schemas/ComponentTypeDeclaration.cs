using System.Xml.Linq;

namespace GupSoap.Schemas;

/// <summary>
/// One component type a deployment holds (TS 23.240 §4.1.1): its root element, the schema file declaring it, the
/// prefix that schema binds to its target namespace (a well-known prefix of data references and QName values), the
/// unqualified attribute keying several documents per resource (null: at most one per resource), and where it was
/// declared (a descriptor file, a configuration key, or built in) and whether it is one of GupSoap's own.
/// </summary>
public sealed record ComponentTypeDeclaration(XName Element, string SchemaFile, string Prefix, XName? InstanceKey, string DeclaredIn, bool IsBuiltIn);
