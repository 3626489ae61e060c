using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// A SAML 2.0 assertion (saml-core §2.3.3) as read from an element whose signature has been verified: the data only.
/// <see cref="Element"/> is that verified element, the one every later step consumes (SECURITY.md P15).
/// </summary>
public sealed record SamlAssertion
{
    public required string Id { get; init; }
    public required string Issuer { get; init; }
    public required DateTimeOffset IssueInstant { get; init; }
    public required SamlSubject Subject { get; init; }
    public IReadOnlyList<SubjectConfirmation> Confirmations { get; init; } = [];
    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? NotOnOrAfter { get; init; }

    /// <summary>One entry per AudienceRestriction; each must name us (saml-core §2.5.1.4).</summary>
    public IReadOnlyList<IReadOnlyList<string>> AudienceRestrictions { get; init; } = [];

    public bool OneTimeUse { get; init; }

    /// <summary>AttributeStatement values by attribute Name, in document order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public required XElement Element { get; init; }

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}

/// <summary>saml2:Subject/NameID: the full text (comments never split it, SECURITY.md S5) and its qualifiers.</summary>
public sealed record SamlSubject(string NameId, string? Format, string? NameQualifier, string? SpNameQualifier);

/// <summary>saml2:SubjectConfirmation with its SubjectConfirmationData; <see cref="Key"/> is the holder-of-key certificate.</summary>
public sealed record SubjectConfirmation(
    string Method,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotOnOrAfter,
    string? Recipient,
    string? InResponseTo,
    X509Certificate2? Key);
