namespace GupSoap.Core.Saml;

/// <summary>
/// Outcome of <see cref="AssertionValidator.ValidateAsync"/>: the assertion read from the verified element, its trusted
/// issuer and the one subject confirmation accepted (the caller proves holder-of-key possession), or the failure.
/// </summary>
public sealed record AssertionCheck(SamlAssertion? Assertion, TrustedIssuer? Issuer, SubjectConfirmation? Confirmation, Security.SecurityFailure? Failure)
{
    public bool Success => Failure is null;

    internal static AssertionCheck Fail(Security.SecurityFailure failure) => new(null, null, null, failure);
}
