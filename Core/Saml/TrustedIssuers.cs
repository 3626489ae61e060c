namespace GupSoap.Core.Saml;

/// <summary>
/// The trusted issuers by entity id (SECURITY.md S13): the configured ones (an entity id may be configured once only)
/// and, when given, the operator's live trust list (<see cref="LiveTrustList"/>), consulted for entity ids that
/// configuration does not name. Configuration cannot be overridden at run time.
/// </summary>
public sealed class TrustedIssuers
{
    private readonly Dictionary<string, TrustedIssuer> _byEntityId;
    private readonly LiveTrustList? _live;

    public TrustedIssuers(IEnumerable<TrustedIssuer> issuers, LiveTrustList? live)
        : this(issuers)
    {
        _live = live;
    }

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

    /// <summary>Configured issuers first, then those of the live trust list now.</summary>
    public IReadOnlyCollection<TrustedIssuer> All =>
        _live is null ? _byEntityId.Values : [.. _byEntityId.Values, .. _live.Current().Values.Where(i => !_byEntityId.ContainsKey(i.EntityId))];

    /// <summary>The issuer with exactly this entity id (compared ordinally, as saml-core §8.3.6 entity ids are URIs).</summary>
    public TrustedIssuer? Find(string entityId) => _byEntityId.GetValueOrDefault(entityId) ?? _live?.Current().GetValueOrDefault(entityId);
}
