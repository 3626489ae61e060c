using System.Text;
using System.Xml;
using GupSoap.Core.Wsdl;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// Serves the schemas beside the address an interface WSDL was fetched from, as the server does: path-style
/// (<c>/gup/rg/rg.xsd</c>) or by <c>?xsd=</c>, each in its form; the interface XSD from wsdl/ (or as the server serves
/// it), the rest from the registry. Remembers every address asked for.
/// </summary>
internal sealed class ServedSchemaResolver(WsdlInterface contract, bool asServed = false) : XmlResolver
{
    public List<Uri> Fetched { get; } = [];

    /// <summary>The schema names fetched, each once.</summary>
    public string[] FetchedNames => Fetched.Select(u => NameOf(u)!).Distinct().ToArray();

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
        new(baseUri ?? new Uri(contract.WsdlAddress), relativeUri ?? string.Empty);

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        Fetched.Add(absoluteUri);
        if (absoluteUri.Scheme != Uri.UriSchemeHttp || absoluteUri.Host != "localhost" || NameOf(absoluteUri) is not { } name)
        {
            throw new XmlException("not a served schema: " + absoluteUri);
        }

        var text = name == contract.XsdName && !asServed ? File.ReadAllText(contract.XsdPath) : contract.ServedDocument.Schema(name)
            ?? throw new XmlException("no such schema: " + name);
        var queryForm = absoluteUri.Query.Length > 0;
        return new MemoryStream(Encoding.UTF8.GetBytes(queryForm ? SchemaLocations.ToQueryForm(text, contract.ServedName) : text));
    }

    /// <summary>The file a served schema address names: <c>{endpoint}/{file}</c> or <c>{endpoint}?xsd={file}</c>; else null.</summary>
    private string? NameOf(Uri address)
    {
        var endpoint = contract.ServedAddress.AbsolutePath;
        if (address.Query.StartsWith("?xsd=", StringComparison.Ordinal) && address.AbsolutePath == endpoint)
        {
            return address.Query["?xsd=".Length..];
        }

        return address.Query.Length == 0 && address.AbsolutePath.StartsWith(endpoint + "/", StringComparison.Ordinal)
            ? address.AbsolutePath[(endpoint.Length + 1)..]
            : null;
    }
}
