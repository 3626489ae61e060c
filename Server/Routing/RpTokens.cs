using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Server.Routing;

/// <summary>
/// The tokens the GUP Server presents on Rp: signed by the server as a trusted intermediary, audience = that RAF,
/// naming the original requestor (so the RAF applies its own rules to the right party) and scoped to the resource
/// and the Rp operation. Signing costs far more than verifying, so a token is reused for the same requestor, RAF,
/// resource and operation while it has more than a minute to live; message replay is stopped by MessageID.
/// </summary>
public sealed class RpTokens(AssertionIssuer issuer, TimeProvider time)
{
    private readonly IssuedTokenCache _cache = new(issuer, time, lifetime: TimeSpan.FromMinutes(5), renewal: TimeSpan.FromMinutes(1));

    /// <summary>The token, shared between calls: callers only write it out, never add it to a tree or change it.</summary>
    public XElement For(RequestorContext requestor, RafEndpoint raf, string? resourceId, string operation)
    {
        ArgumentNullException.ThrowIfNull(requestor);
        ArgumentNullException.ThrowIfNull(raf);
        var key = string.Join('\n', raf.ProviderId, requestor.ProviderId, requestor.ApplicationId, requestor.SubscriberId, requestor.Hplmn, requestor.IsSystem, resourceId, operation);
        return _cache.Get(key, () => Describe(requestor, raf, resourceId, operation));
    }

    private static AssertionDescriptor Describe(RequestorContext requestor, RafEndpoint raf, string? resourceId, string operation)
    {
        var attributes = RequestorAttributes.Of(requestor);
        attributes[GupAttributes.ScopeOperation] = [operation];
        attributes[GupAttributes.ServiceCall] = ["true"];
        if (resourceId is not null)
        {
            attributes[GupAttributes.ScopeResource] = [resourceId];
        }

        return new AssertionDescriptor
        {
            Audiences = [raf.ProviderId],
            NameId = requestor.ProviderId,
            Attributes = attributes,
        };
    }
}
