using System.Net.Http.Headers;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;

namespace GupSoap.Server.Hosting;

/// <summary>
/// A Discovery Service in another process, reached over SOAP 1.1 as one of this deployment's services: the token is
/// ours (signing key via <see cref="AssertionIssuer"/>), audience = Discovery, naming the sender itself as requestor and
/// marked as a service call, like the notification tokens. Answers are untrusted input, read through the safe loader.
/// </summary>
internal sealed class ServiceRegistrationSoap(HttpClient http, Uri discovery, string discoveryProviderId, string sender, AssertionIssuer issuer, XmlLimits limits, TimeProvider time)
    : IServiceRegistrationTarget
{
    public async Task<IReadOnlyList<SvcMD>> ListAsync(CancellationToken cancellationToken) =>
        (await SendAsync<SvcMDQueryResponse>(DiscoOperations.SvcMDQuery, new SvcMDQueryRequest(), cancellationToken)).SvcMDs ?? [];

    public async Task<string> RegisterAsync(SvcMD entry, CancellationToken cancellationToken) =>
        (await SendAsync<SvcMDRegisterResponse>(DiscoOperations.SvcMDRegister, new SvcMDRegisterRequest { SvcMDs = [entry] }, cancellationToken)).Status.Code;

    public async Task<string> ReplaceAsync(SvcMD entry, CancellationToken cancellationToken) =>
        (await SendAsync<SvcMDReplaceResponse>(DiscoOperations.SvcMDReplace, new SvcMDReplaceRequest { SvcMDs = [entry] }, cancellationToken)).Status.Code;

    private async Task<TResponse> SendAsync<TResponse>(string operation, object request, CancellationToken cancellationToken)
        where TResponse : DiscoResponse
    {
        var action = DiscoOperations.Action(operation);
        using var buffer = new MemoryStream();
        SoapMessageWriter.WriteMessage(buffer, SoapVersion.Soap11,
            new OutgoingHeaders("urn:uuid:" + Guid.NewGuid().ToString("D"), null, action, sender, Token: new OutgoingToken(Token(), time.GetUtcNow(), TimeSpan.FromMinutes(5))),
            request);
        using var message = new HttpRequestMessage(HttpMethod.Post, discovery) { Content = new ByteArrayContent(buffer.ToArray()) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        using var response = await http.SendAsync(message, cancellationToken);
        await response.Content.LoadIntoBufferAsync(limits.MaxBodyBytes, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var loaded = SafeXmlLoader.Load(body, limits);
        var (envelope, fault) = loaded.Success ? SoapEnvelopeParser.Parse(loaded.Document!, SoapVersion.Soap11) : (null, null);
        if (envelope?.Operation.Name != XName.Get(operation + "Response", Namespaces.Disco))
        {
            var reason = (string?)envelope?.Operation.Element("faultstring") ?? fault?.Reason ?? loaded.Error ?? "an unexpected answer";
            throw new HttpRequestException($"Discovery answered {operation} with HTTP {(int)response.StatusCode}: {SoapFaults.Truncate(reason)}");
        }

        var (value, error) = MessageSerializer.Deserialize(envelope.Operation, typeof(TResponse));
        return value as TResponse ?? throw new HttpRequestException($"Discovery's {operation} answer is unreadable: {error}");
    }

    private XElement Token() => issuer.Issue(new AssertionDescriptor
    {
        Audiences = [discoveryProviderId],
        NameId = sender,
        Attributes = new Dictionary<string, IReadOnlyList<string>>
        {
            [GupAttributes.Requestor] = [sender],
            [GupAttributes.ServiceCall] = ["true"],
        },
    });
}
