using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Saml;

/// <summary>What an assertion we issue says (saml-core §2.3.3): for whom, about whom, how long, how it is confirmed.</summary>
public sealed record AssertionDescriptor
{
    /// <summary>Each relying party's providerID; all go into one AudienceRestriction (any of them may accept it).</summary>
    public required IReadOnlyList<string> Audiences { get; init; }

    public required string NameId { get; init; }

    public string NameIdFormat { get; init; } = SamlNames.NameIdFormatEntity;

    public string? SpNameQualifier { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(5);

    public bool OneTimeUse { get; init; }

    /// <summary>Null for a bearer assertion; otherwise holder-of-key, naming this certificate (saml-profiles §3.1).</summary>
    public X509Certificate2? HolderOfKey { get; init; }

    /// <summary>SubjectConfirmationData/@Recipient: the endpoint the assertion is to be presented to.</summary>
    public string? Recipient { get; init; }

    /// <summary>AttributeStatement content: values by attribute name (URI names, e.g. <see cref="GupAttributes"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
