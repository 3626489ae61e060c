using System.Xml.Linq;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Wsdl;

/// <summary>
/// A hand-written WSDL as served: every soap/soap12 address set to the endpoint's advertised address, the inline
/// schema's imports pointing at the schemas served beside the endpoint (<c>{segment}/{file}</c>), and those schemas
/// by file name (HOSTING-NOTES.md).
/// </summary>
public sealed class WsdlDocument
{
    private static readonly XNamespace Wsdl11 = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap11Binding = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Soap12Binding = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    private readonly XDocument _wsdl;
    private readonly Func<string, string?> _schemas;

    public WsdlDocument(string wsdlText, Func<string, string?> schemas)
        : this(Load(wsdlText), schemas)
    {
    }

    private WsdlDocument(XDocument wsdl, Func<string, string?> schemas)
    {
        _wsdl = wsdl;
        _schemas = schemas;
    }

    /// <summary>The schema served beside the WSDL under <paramref name="fileName"/>, or null when there is none.</summary>
    public string? Schema(string fileName) => _schemas(fileName);

    /// <summary>
    /// The same description for an endpoint that receives the callbacks (the GUP Server's <c>/gup/notify</c>): the
    /// service ports bind the <c>{Name}Callback…Binding</c>s, the operations such an endpoint implements, instead of
    /// the operations it does not serve.
    /// </summary>
    public WsdlDocument ForCallbackReceiver()
    {
        var copy = new XDocument(_wsdl);
        foreach (var port in copy.Root!.Elements(Wsdl11 + "service").Elements(Wsdl11 + "port"))
        {
            port.SetAttributeValue("name", ((string)port.Attribute("name")!).Replace("Soap1", "CallbackSoap1", StringComparison.Ordinal));
            port.SetAttributeValue("binding", ((string)port.Attribute("binding")!).Replace("Soap1", "CallbackSoap1", StringComparison.Ordinal));
        }

        return new WsdlDocument(copy, _schemas);
    }

    /// <summary>The WSDL text with both port addresses at <paramref name="address"/> and its imports at <c>{segment}/{file}</c>.</summary>
    public string Render(Uri address, string segment)
    {
        ArgumentNullException.ThrowIfNull(address);
        var copy = new XDocument(_wsdl);
        foreach (var element in copy.Descendants().Where(e => e.Name == Soap11Binding + "address" || e.Name == Soap12Binding + "address"))
        {
            element.SetAttributeValue("location", address.AbsoluteUri);
        }

        foreach (var import in copy.Descendants(Xsd + "import"))
        {
            if ((string?)import.Attribute("schemaLocation") is { } location)
            {
                import.SetAttributeValue("schemaLocation", segment + "/" + SchemaLocations.FileOf(location));
            }
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + copy.Root;
    }

    private static XDocument Load(string wsdlText)
    {
        var loaded = SafeXmlLoader.Load(wsdlText, new XmlLimits());
        return loaded.Document ?? throw new InvalidDataException("Embedded WSDL is not well-formed: " + loaded.Error);
    }
}
