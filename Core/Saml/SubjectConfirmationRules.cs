using GupSoap.Core.Security;

namespace GupSoap.Core.Saml;

/// <summary>
/// Picks the assertion's one subject confirmation (saml-core §2.4.1, saml-profiles §3): bearer, or holder-of-key with
/// a key; its own validity window and Recipient must fit (SECURITY.md S11, S12). Sender-vouches is never accepted.
/// </summary>
internal static class SubjectConfirmationRules
{
    public static (SubjectConfirmation? Confirmation, SecurityFailure? Failure) Select(
        SamlAssertion assertion, AssertionRequirements requirements, DateTimeOffset now, TimeSpan skew)
    {
        if (assertion.Confirmations.Count != 1)
        {
            return (null, SecurityFailure.Failed("The assertion must carry exactly one subject confirmation."));
        }

        var confirmation = assertion.Confirmations[0];
        if (confirmation.Method == SamlNames.MethodHolderOfKey ? confirmation.Key is null : confirmation.Method != SamlNames.MethodBearer)
        {
            return (null, SecurityFailure.Failed("The subject confirmation must be bearer, or holder-of-key naming a key."));
        }

        if (confirmation.NotBefore is { } notBefore && now < notBefore - skew)
        {
            return (null, SecurityFailure.Failed("The subject confirmation is not yet valid."));
        }

        if (confirmation.NotOnOrAfter is { } notOnOrAfter && now >= notOnOrAfter + skew)
        {
            return (null, SecurityFailure.Failed("The subject confirmation has expired."));
        }

        if (confirmation.Recipient is { } recipient && !requirements.Recipients.Contains(recipient, StringComparer.Ordinal))
        {
            return (null, SecurityFailure.Failed("The subject confirmation names another recipient."));
        }

        return (confirmation, null);
    }
}
