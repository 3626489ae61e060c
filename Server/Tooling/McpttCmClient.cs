using System.Net.Http.Headers;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;

namespace GupSoap.Server.Tooling;

/// <summary>
/// A minimal SOAP 1.1 client of <c>/mcptt/cm</c> for the command line: Liberty headers with a fresh MessageID and
/// Timestamp and the given token, the answer read like any untrusted XML. Failures come back as text, never thrown.
/// </summary>
internal sealed class McpttCmClient(HttpClient http, Uri endpoint, string senderProviderId, XElement token, TimeProvider time)
{
    private static readonly XmlLimits Limits = new();

    public async Task<(TResponse? Response, string? Error)> SendAsync<TResponse>(string operation, object request, CancellationToken cancellationToken)
        where TResponse : CmResponse
    {
        var action = CmOperations.Action(operation);
        using var buffer = new MemoryStream();
        SoapMessageWriter.WriteMessage(buffer, SoapVersion.Soap11,
            new OutgoingHeaders("urn:uuid:" + Guid.NewGuid().ToString("D"), null, action, senderProviderId, Token: new OutgoingToken(token, time.GetUtcNow(), TimeSpan.FromMinutes(5))), request);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(buffer.ToArray()) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        try
        {
            using var answer = await http.SendAsync(message, cancellationToken);
            await using var body = await answer.Content.ReadAsStreamAsync(cancellationToken);
            var loaded = SafeXmlLoader.Load(body, Limits);
            if (!loaded.Success)
            {
                return (null, $"HTTP {(int)answer.StatusCode}, unreadable answer: {loaded.Error}");
            }

            var (envelope, fault) = SoapEnvelopeParser.Parse(loaded.Document!, SoapVersion.Soap11);
            if (fault is not null)
            {
                return (null, "malformed answer: " + fault.Reason);
            }

            if (envelope!.Operation.Name == XName.Get("Fault", Namespaces.Soap11))
            {
                return (null, "SOAP fault: " + ((string?)envelope.Operation.Element("faultstring") ?? "no reason"));
            }

            var (value, error) = MessageSerializer.Deserialize(envelope.Operation, typeof(TResponse));
            return value is TResponse typed ? (typed, null) : (null, "unexpected answer: " + error);
        }
        catch (HttpRequestException ex)
        {
            return (null, $"{endpoint} could not be reached ({ex.HttpRequestError})");
        }
    }
}
