using GupSoap.Core.Security;

namespace GupSoap.Core.Saml;

/// <summary>
/// The attributes by which our own tokens (Rp relays, redirect, Discovery) name the requestor they were issued for,
/// read back by <see cref="RequestorContextFactory"/>: providerID, HPLMN, and the application and subscriber if known.
/// </summary>
public static class RequestorAttributes
{
    public static Dictionary<string, IReadOnlyList<string>> Of(RequestorContext requestor)
    {
        ArgumentNullException.ThrowIfNull(requestor);
        var attributes = new Dictionary<string, IReadOnlyList<string>>
        {
            [GupAttributes.Requestor] = [requestor.ProviderId],
            [GupAttributes.Hplmn] = [requestor.Hplmn ? "true" : "false"],
        };
        if (requestor.ApplicationId is { } application)
        {
            attributes[GupAttributes.ApplicationId] = [application];
        }

        if (requestor.SubscriberId is { } subscriber)
        {
            attributes[GupAttributes.Subscriber] = [subscriber];
        }

        return attributes;
    }
}
