using System.Text;
using System.Xml.Linq;
using GupSoap.Core.Xml;
using Microsoft.AspNetCore.Http;

namespace GupSoap.Core.Wsdl;

/// <summary>
/// A hand-written WSDL served at <c>?wsdl</c> with every soap/soap12 address rewritten to the URL it was fetched
/// from, and the XSDs it imports served at <c>?xsd=name</c> (HOSTING-NOTES.md).
/// </summary>
public sealed class WsdlDocument
{
    private static readonly XNamespace Soap11Binding = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Soap12Binding = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private readonly XDocument _wsdl;
    private readonly Func<string, string?> _schemas;

    public WsdlDocument(string wsdlText, Func<string, string?> schemas)
    {
        var loaded = SafeXmlLoader.Load(wsdlText, new XmlLimits());
        _wsdl = loaded.Document ?? throw new InvalidDataException("Embedded WSDL is not well-formed: " + loaded.Error);
        _schemas = schemas;
    }

    public async Task ServeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = http.Request.Query;
        if (query.ContainsKey("wsdl"))
        {
            await WriteXmlAsync(http, Render(http.Request));
            return;
        }

        if (query.TryGetValue("xsd", out var name) && _schemas(name.ToString()) is { } schema)
        {
            await WriteXmlAsync(http, schema);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public string Render(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var address = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var copy = new XDocument(_wsdl);
        foreach (var element in copy.Descendants().Where(e => e.Name == Soap11Binding + "address" || e.Name == Soap12Binding + "address"))
        {
            element.SetAttributeValue("location", address);
        }

        return copy.Declaration is null ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + copy : copy.ToString();
    }

    private static async Task WriteXmlAsync(HttpContext http, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        http.Response.ContentType = "text/xml; charset=utf-8";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
