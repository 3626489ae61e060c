using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Redirect;

/// <summary>
/// The one-time assertions of redirect mode (ARCHITECTURE "Request flow"; PROTOCOL gup:RedirectionData): signed by
/// the GUP Server, audience = that RAF, issued to the application (sb:Sender must be it), naming the requestor as
/// the GUP Server authenticated it, and scoped to the resource, the component types and the one Rp operation the
/// server decided. Never cached: each is OneTimeUse, and never marked as a service call, so it needs TLS.
/// </summary>
public sealed class RedirectTokens(AssertionIssuer issuer, RedirectOptions options)
{
    public XElement Issue(RequestorContext who, RafEndpoint raf, string resourceId, IEnumerable<XName> componentTypes, string rpOperation)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(raf);
        var attributes = RequestorAttributes.Of(who);
        attributes[GupAttributes.ScopeResource] = [resourceId];
        attributes[GupAttributes.ScopeComponentType] = [.. componentTypes.Select(t => t.ToString())];
        attributes[GupAttributes.ScopeOperation] = [rpOperation];
        return issuer.Issue(new AssertionDescriptor
        {
            Audiences = [raf.ProviderId],
            NameId = who.ProviderId,
            Lifetime = TimeSpan.FromSeconds(options.TokenSeconds),
            OneTimeUse = true,
            Attributes = attributes,
        });
    }
}
