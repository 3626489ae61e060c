namespace GupSoap.Core.Saml;

/// <summary>
/// What an assertion must name to be for us (SECURITY.md S12): our providerID as an Audience (saml-core §2.5.1.4), and
/// the values accepted for SubjectConfirmationData/@Recipient (our endpoint URLs and providerID; §2.4.1.2).
/// </summary>
public sealed record AssertionRequirements(string Audience, IReadOnlyCollection<string> Recipients);
