namespace GupSoap.Core.Saml;

/// <summary>The configured trusted issuers by entity id (SECURITY.md S13); an entity id may be configured once only.</summary>
public sealed class TrustedIssuers
{
    private readonly Dictionary<string, TrustedIssuer> _byEntityId;

    public TrustedIssuers(IEnumerable<TrustedIssuer> issuers)
    {
        ArgumentNullException.ThrowIfNull(issuers);
        _byEntityId = new Dictionary<string, TrustedIssuer>(StringComparer.Ordinal);
        foreach (var issuer in issuers)
        {
            if (string.IsNullOrEmpty(issuer.EntityId) || issuer.Certificates.Count == 0)
            {
                throw new InvalidOperationException("A trusted issuer needs an entity id and at least one certificate.");
            }

            if (!_byEntityId.TryAdd(issuer.EntityId, issuer))
            {
                throw new InvalidOperationException($"The trusted issuer '{issuer.EntityId}' is configured more than once.");
            }
        }
    }

    public IReadOnlyCollection<TrustedIssuer> All => _byEntityId.Values;

    /// <summary>The issuer with exactly this entity id (compared ordinally, as saml-core §8.3.6 entity ids are URIs).</summary>
    public TrustedIssuer? Find(string entityId) => _byEntityId.GetValueOrDefault(entityId);
}
