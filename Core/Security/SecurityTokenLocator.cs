using System.Xml.Linq;
using GupSoap.Core.Liberty;
using GupSoap.Core.Saml;
using GupSoap.Core.Soap;

namespace GupSoap.Core.Security;

/// <summary>
/// Finds the one SAML assertion of a request: a direct child of <c>wsse:Security</c>, and no other assertion anywhere
/// in the headers (SECURITY.md S2: an extra assertion is never silently ignored, it refuses the message).
/// </summary>
public static class SecurityTokenLocator
{
    private static readonly XName EncryptedAssertion = XName.Get("EncryptedAssertion", Contracts.Namespaces.Saml2);

    public static (XElement? Assertion, SecurityFailure? Failure) Find(SoapEnvelope envelope, LibertyHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Security is not { } security)
        {
            return (null, SecurityFailure.Failed("A wsse:Security header with a SAML 2.0 assertion is required."));
        }

        if (envelope.Headers.Any(h => h.DescendantsAndSelf(EncryptedAssertion).Any()))
        {
            return (null, SecurityFailure.InvalidToken("Encrypted assertions are not supported."));
        }

        var inSecurity = security.Elements(SamlNames.Assertion).Take(2).ToList();
        if (inSecurity.Count == 0)
        {
            return (null, SecurityFailure.Failed("wsse:Security carries no SAML 2.0 assertion."));
        }

        if (inSecurity.Count > 1)
        {
            return (null, SecurityFailure.InvalidToken("wsse:Security carries more than one assertion."));
        }

        var token = inSecurity[0];
        var elsewhere = envelope.Headers.SelectMany(h => h.DescendantsAndSelf(SamlNames.Assertion)).Any(a => a != token && !a.Ancestors().Contains(token));
        return elsewhere
            ? (null, SecurityFailure.InvalidToken("The message carries more than one assertion."))
            : (token, null);
    }
}
