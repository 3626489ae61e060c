using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GupSoap.Core.Wsdl;

/// <summary>
/// The GET side of one SOAP endpoint at <c>path</c>: <c>?wsdl</c>, the schemas beside it (<c>path/{file}</c> and
/// <c>path?xsd={file}</c>), and for a plain GET a 405 that says how the endpoint is used. Texts are built once per
/// advertised address or schema and kept: they depend on configuration only, never on the request.
/// </summary>
public sealed class WsdlEndpoint
{
    private readonly WsdlDocument _document;
    private readonly IAdvertisedAddress _addresses;
    private readonly string _path;
    private readonly string _segment;
    private readonly ConcurrentDictionary<string, byte[]> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _schemas = new(StringComparer.Ordinal);
    private readonly byte[] _usage;

    public WsdlEndpoint(WsdlDocument document, string path, IAdvertisedAddress addresses)
    {
        ArgumentNullException.ThrowIfNull(path);
        _document = document;
        _addresses = addresses;
        _path = path;
        _segment = path[(path.LastIndexOf('/') + 1)..];
        _usage = Encoding.UTF8.GetBytes(
            $"{path} is a SOAP endpoint: POST a SOAP 1.1 envelope (Content-Type text/xml with a SOAPAction header) or a SOAP 1.2 "
            + $"envelope (application/soap+xml) to it. Its WSDL is at {path}?wsdl.\n");
    }

    /// <summary>GET <c>path</c>: the WSDL, a schema by <c>?xsd=</c>, or 405 with a line on how to use the endpoint.</summary>
    public Task ServeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = http.Request.Query;
        if (query.ContainsKey("wsdl"))
        {
            var address = _addresses.For(http);
            return WriteAsync(http, "text/xml; charset=utf-8", _rendered.GetOrAdd(address.AbsoluteUri, _ => Encoding.UTF8.GetBytes(_document.Render(address, _segment))));
        }

        if (query.TryGetValue("xsd", out var name))
        {
            return ServeSchemaAsync(http, name.ToString(), queryForm: true);
        }

        http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        http.Response.Headers.Allow = "POST";
        return WriteAsync(http, "text/plain; charset=utf-8", _usage);
    }

    /// <summary>GET <c>path/{file}</c>: a schema served beside the endpoint, its imports relative to it.</summary>
    public Task ServeSchemaAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return ServeSchemaAsync(http, http.Request.RouteValues["file"] as string ?? "", queryForm: false);
    }

    private Task ServeSchemaAsync(HttpContext http, string name, bool queryForm)
    {
        var key = (queryForm ? "?" : "/") + name;
        if (!_schemas.TryGetValue(key, out var bytes))
        {
            if (_document.Schema(name) is not { } text)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return WriteAsync(http, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"No schema of that name is served here; see {_path}?wsdl.\n"));
            }

            // Only names the document serves get here, so the cache stays as small as the set of schemas.
            bytes = _schemas.GetOrAdd(key, Encoding.UTF8.GetBytes(queryForm ? SchemaLocations.ToQueryForm(text, _segment) : text));
        }

        return WriteAsync(http, "text/xml; charset=utf-8", bytes);
    }

    private static async Task WriteAsync(HttpContext http, string contentType, byte[] bytes)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
