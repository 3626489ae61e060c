namespace GupSoap.Schemas;

/// <summary>
/// One XSD a registry compiles (TS 23.240 §4.1.1 component structure): the file name it is imported and served by
/// (<c>gup.xsd</c>, <c>parental-control.xsd</c>), its text, and where it came from for messages to the operator.
/// </summary>
public sealed record SchemaFile(string Name, string Text, string Location, bool IsBuiltIn);
