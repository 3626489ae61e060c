using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;

namespace GupSoap.Discovery.Authorization;

/// <summary>
/// Whether a request is a service-to-service call of this deployment: a token of a trusted intermediary issuer that
/// names the sender itself as requestor and carries the <see cref="GupAttributes.ServiceCall"/> marker. The token is the
/// one the security step verified (same element of the same envelope, same assertion id); only its attributes are read.
/// </summary>
internal static class ServiceCallMarker
{
    public static bool IsPresent(SoapRequestContext context, TrustedIssuers issuers)
    {
        var who = context.Who;
        if (who.Intermediary is not null || issuers.Find(who.Issuer) is not { Intermediary: true })
        {
            return false;
        }

        var (token, missing) = SecurityTokenLocator.Find(context.Envelope, context.Headers);
        var (assertion, _) = missing is null ? SamlAssertionReader.Read(token!) : (null, null);
        return assertion is not null
            && assertion.Id == who.AssertionId
            && assertion.Issuer == who.Issuer
            && assertion.Attribute(GupAttributes.Requestor) == who.ProviderId
            && assertion.Attribute(GupAttributes.ServiceCall) == "true";
    }
}
