using System.Net.Http.Headers;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;

namespace GupSoap.Server.Tooling;

/// <summary>The answer to one call: HTTP status, the envelope (null when the body is no XML), whether it is a SOAP fault.</summary>
internal sealed record SoapCallAnswer(int HttpStatus, XDocument? Envelope, string Text, bool IsFault);

/// <summary>
/// Sends one operation element as a SOAP request with fresh Liberty SOAP Binding 2.0 headers (Framework, Sender,
/// MessageID, Action) and a wsse:Security header holding a new Timestamp and the token; the answer is read as
/// untrusted XML like any other.
/// </summary>
internal static class SoapCall
{
    public static async Task<SoapCallAnswer> SendAsync(HttpClient http, Uri endpoint, SoapVersion version, XElement operation, string action,
        string sender, XElement token, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(operation);
        using var buffer = new MemoryStream();
        var headers = new OutgoingHeaders("urn:uuid:" + Guid.NewGuid().ToString("D"), null, action, sender,
            Token: new OutgoingToken(token, time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        SoapMessageWriter.WriteRawMessage(buffer, version, headers, operation.ToString(SaveOptions.DisableFormatting));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(buffer.ToArray()) };
        if (version == SoapVersion.Soap11)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        }
        else
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/soap+xml; charset=utf-8; action=\"{action}\"");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var loaded = SafeXmlLoader.Load(text, new XmlLimits().WithMaxBodyBytes(16 * 1024 * 1024));
        var body = loaded.Document?.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "Body")?.Elements().FirstOrDefault();
        var isFault = body is null || body.Name.LocalName == "Fault" && body.Name.NamespaceName is Namespaces.Soap11 or Namespaces.Soap12;
        return new SoapCallAnswer((int)response.StatusCode, loaded.Document, text, isFault);
    }
}
