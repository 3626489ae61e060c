using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Discovery.Tokens;

/// <summary>
/// The tokens Discovery hands out in EPRs (LIBERTY-DIGEST §5 "Token minting"; Discovery 2.0 §4.2): a signed bearer
/// assertion of this deployment, audience = the discovered service's providerID, NameID = the requestor, naming the
/// requestor again in attributes so the service sees the requestor it would have seen with the original token.
/// Never marked as a service call: these tokens go to applications, and only service calls may skip TLS on loopback.
/// Issued once per requestor and service while at least a fifth of their lifetime is left.
/// </summary>
public sealed class DiscoveryTokens(AssertionIssuer issuer, TimeProvider time, TimeSpan lifetime)
{
    private readonly IssuedTokenCache _cache = new(issuer, time, lifetime, renewal: lifetime / 5);

    public TimeSpan Lifetime => lifetime;

    /// <summary>The token for <paramref name="requestor"/> to present to <paramref name="serviceProviderId"/>; shared, only to be written out.</summary>
    public XElement For(RequestorContext requestor, string serviceProviderId)
    {
        ArgumentNullException.ThrowIfNull(requestor);
        var key = string.Join('\n', serviceProviderId, requestor.ProviderId, requestor.ApplicationId, requestor.SubscriberId, requestor.Hplmn);
        return _cache.Get(key, () => Describe(requestor, serviceProviderId));
    }

    public static AssertionDescriptor Describe(RequestorContext requestor, string serviceProviderId)
    {
        ArgumentNullException.ThrowIfNull(requestor);
        return new AssertionDescriptor
        {
            Audiences = [serviceProviderId],
            NameId = requestor.ProviderId,
            NameIdFormat = SamlNames.NameIdFormatEntity,
            Attributes = RequestorAttributes.Of(requestor),
        };
    }
}
