using System.Text;
using System.Xml;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// Serves <c>?xsd=</c> requests for the address an interface WSDL was fetched from: the interface XSD from wsdl/,
/// the rest from the registry; remembers every address asked for.
/// </summary>
internal sealed class ServedSchemaResolver(WsdlInterface contract) : XmlResolver
{
    public List<Uri> Fetched { get; } = [];

    /// <summary>The schema names fetched (the <c>?xsd=</c> values), each once.</summary>
    public string[] FetchedNames => Fetched.Select(u => u.Query["?xsd=".Length..]).Distinct().ToArray();

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
        new(baseUri ?? new Uri(contract.WsdlAddress), relativeUri ?? string.Empty);

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        Fetched.Add(absoluteUri);
        if (absoluteUri.Scheme != Uri.UriSchemeHttp || absoluteUri.Host != "localhost" || !absoluteUri.Query.StartsWith("?xsd=", StringComparison.Ordinal))
        {
            throw new XmlException("not a served schema: " + absoluteUri);
        }

        var name = absoluteUri.Query["?xsd=".Length..];
        var text = name == contract.XsdName ? File.ReadAllText(contract.XsdPath) : SchemaRegistry.Default.GetSchemaText(name)
            ?? throw new XmlException("no such schema: " + name);
        return new MemoryStream(Encoding.UTF8.GetBytes(text));
    }
}
