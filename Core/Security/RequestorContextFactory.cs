using GupSoap.Core.Saml;

namespace GupSoap.Core.Security;

/// <summary>
/// Binds a validated assertion to the message's <c>sb:Sender</c> and says who the requestor is (TS 23.240 §4.1.4).
/// A token names the provider it was issued to (entity NameID or SPNameQualifier); a token from a trusted
/// intermediary (the GUP Server) names the original requestor in attributes the intermediary vouches for.
/// </summary>
public static class RequestorContextFactory
{
    public static (RequestorContext? Requestor, SecurityFailure? Failure) Create(AssertionCheck check, string? sender, string mechanism)
    {
        ArgumentNullException.ThrowIfNull(check);
        var assertion = check.Assertion!;
        var issuer = check.Issuer!;
        if (sender is null)
        {
            return (null, SecurityFailure.Failed("sb:Sender is required to use a token."));
        }

        var scope = ScopeOf(assertion);
        if (issuer.Intermediary && assertion.Attribute(GupAttributes.Requestor) is { } original)
        {
            if (sender != assertion.Issuer && sender != original)
            {
                return (null, NotIssuedToSender());
            }

            return (new RequestorContext
            {
                ProviderId = original,
                ApplicationId = assertion.Attribute(GupAttributes.ApplicationId),
                SubscriberId = assertion.Attribute(GupAttributes.Subscriber),
                Hplmn = assertion.Attribute(GupAttributes.Hplmn) == "true",
                Mechanism = mechanism,
                Issuer = assertion.Issuer,
                AssertionId = assertion.Id,
                Intermediary = sender == assertion.Issuer ? sender : null,
                Scope = scope,
                ScopeGrantedBy = scope is not null && sender != assertion.Issuer ? assertion.Issuer : null,
                IsSystem = sender == assertion.Issuer && original == assertion.Issuer,
            }, null);
        }

        var subject = assertion.Subject;
        var isEntity = subject.Format == SamlNames.NameIdFormatEntity;
        if (!(isEntity && subject.NameId == sender) && subject.SpNameQualifier != sender)
        {
            return (null, NotIssuedToSender());
        }

        return (new RequestorContext
        {
            ProviderId = sender,
            ApplicationId = assertion.Attribute(GupAttributes.ApplicationId),
            SubscriberId = isEntity ? assertion.Attribute(GupAttributes.Subscriber) : subject.NameId,
            Hplmn = issuer.Hplmn,
            Mechanism = mechanism,
            Issuer = assertion.Issuer,
            AssertionId = assertion.Id,
            Scope = scope,
        }, null);
    }

    private static SecurityFailure NotIssuedToSender() =>
        SecurityFailure.Failed("The assertion was not issued to the sender named in sb:Sender.");

    private static AccessScope? ScopeOf(SamlAssertion assertion) =>
        assertion.Attribute(GupAttributes.ScopeResource) is { } resource
            ? new AccessScope(resource, Values(assertion, GupAttributes.ScopeComponentType), Values(assertion, GupAttributes.ScopeOperation))
            : null;

    private static IReadOnlyList<string> Values(SamlAssertion assertion, string name) =>
        assertion.Attributes.TryGetValue(name, out var values) ? values : [];
}
