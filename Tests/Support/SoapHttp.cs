using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Tests.Support;

/// <summary>Posts raw SOAP text and returns the status and parsed answer.</summary>
internal static class SoapHttp
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static readonly XNamespace Lu = Namespaces.LibertyUtility;

    public static async Task<SoapAnswer> PostAsync(Uri endpoint, string envelope, string? soapAction = null, bool soap12 = false, Action<HttpRequestMessage>? tweak = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(envelope, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = soap12
            ? MediaTypeHeaderValue.Parse("application/soap+xml; charset=utf-8" + (soapAction is null ? "" : $"; action=\"{soapAction}\""))
            : MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        if (!soap12 && soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{soapAction}\"");
        }

        tweak?.Invoke(request);
        using var response = await (client ?? Client).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new SoapAnswer(response.StatusCode, text, text.Length > 0 && text.TrimStart().StartsWith('<') ? XDocument.Parse(text) : null);
    }

    public static Task<SoapAnswer> RpAsync(string raf, string body, string? soapAction = null) =>
        PostAsync(SharedServer.Instance.Rp(raf), SoapMessages.Envelope11(body), soapAction);

    public sealed record SoapAnswer(HttpStatusCode Http, string Text, XDocument? Document)
    {
        public XElement Body => Document!.Root!.Elements().Single(e => e.Name.LocalName == "Body");

        public XElement? Fault => Body.Elements().FirstOrDefault(e => e.Name.LocalName == "Fault");

        /// <summary>The top-level lu:Status of a response body, or of a fault's detail.</summary>
        public XElement Status => Body.Descendants(Lu + "Status").First();

        public string StatusCode => (string)Status.Attribute("code")!;

        public string? ErrorType => (string?)Status.Element(Lu + "Status")?.Attribute("code");

        public string? Detail => (string?)Status.Element(Lu + "Status")?.Element(Lu + "Status")?.Attribute("code");

        public string FaultCode => Fault!.Descendants().First(e => e.Name.LocalName is "faultcode" or "Value").Value;
    }
}
