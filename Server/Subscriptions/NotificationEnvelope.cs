using System.Text;
using GupSoap.Core.Notifications;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// Wraps an outbox payload (rg:Notify or rp:NotifyData) into a SOAP 1.1 envelope for one delivery attempt: fresh
/// MessageID and Timestamp, our providerID as sb:Sender, and a bearer token of ours for the subscriber
/// (audience = the subscriber's providerID, naming this service as the requestor), so the callback can tell the
/// notification is genuine.
/// </summary>
public sealed class NotificationEnvelope(string senderProviderId, AssertionIssuer issuer, TimeProvider time)
{
    private readonly IssuedTokenCache _tokens = new(issuer, time, lifetime: TimeSpan.FromMinutes(10), renewal: TimeSpan.FromMinutes(2));

    public string Build(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var token = _tokens.Get(entry.Audience, () => new AssertionDescriptor
        {
            Audiences = [entry.Audience],
            NameId = senderProviderId,
            // Names the service itself as the requestor: a service-to-service token of this deployment.
            Attributes = new Dictionary<string, IReadOnlyList<string>>
            {
                [GupAttributes.Requestor] = [senderProviderId],
                [GupAttributes.ServiceCall] = ["true"],
            },
        });
        var headers = new OutgoingHeaders("urn:uuid:" + Guid.NewGuid().ToString("D"), null, NotificationAction.Of(entry.Payload), senderProviderId,
            Token: new OutgoingToken(token, time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        using var buffer = new MemoryStream(entry.Payload.Length + 6144);
        SoapMessageWriter.WriteRawMessage(buffer, SoapVersion.Soap11, headers, entry.Payload);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
