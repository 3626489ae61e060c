namespace GupSoap.Core.Security;

/// <summary>
/// Who sent a request and how far we trust it (TS 23.240 §4.1.4 requestor information), built once by the security
/// step after every check has passed and handed down; nothing downstream re-parses or re-verifies a token.
/// </summary>
public sealed record RequestorContext
{
    /// <summary>The requesting provider (application provider): <c>sb:Sender</c>, bound to the token.</summary>
    public required string ProviderId { get; init; }

    /// <summary>The application inside that provider, when the token names one (authenticated, not self-declared).</summary>
    public string? ApplicationId { get; init; }

    /// <summary>The subscriber the requestor acts for or is (token subject when it names a user).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Inside the home network (the token's issuer is an HPLMN issuer).</summary>
    public bool Hplmn { get; init; }

    /// <summary>The Liberty security mechanism the request was accepted under (<see cref="SecurityMechanisms"/>).</summary>
    public required string Mechanism { get; init; }

    /// <summary>The entity that issued the token (a trusted issuer).</summary>
    public required string Issuer { get; init; }

    public required string AssertionId { get; init; }

    /// <summary>
    /// Set when a trusted intermediary (the GUP Server) forwards a request on the requestor's behalf: the
    /// intermediary's providerID. The requestor fields then describe the original requestor.
    /// </summary>
    public string? Intermediary { get; init; }

    /// <summary>Limits carried by a scoped token (redirect or Rp tokens); null when the token is not scoped.</summary>
    public AccessScope? Scope { get; init; }

    /// <summary>
    /// Set when the token's scope was granted by a trusted intermediary (a redirect assertion of the GUP Server,
    /// presented by the application itself): that intermediary's entity id. The GUP Server decided with all the
    /// subscriber's rules before granting it, so a RAF that does not hold those rules relies on the scope.
    /// </summary>
    public string? ScopeGrantedBy { get; init; }

    /// <summary>
    /// A service-to-service call inside this deployment: a token of a trusted intermediary issuer, naming the
    /// requestor it acts for and marked as a service call (the loopback exception to TLS applies to these only).
    /// </summary>
    public bool ServiceCall { get; init; }

    /// <summary>The deployment's own GUP Server acting for itself (reading rules, undoing its own writes).</summary>
    public bool IsSystem { get; init; }
}

/// <summary>What a scoped token allows: one resource, optionally some component types, some operations.</summary>
public sealed record AccessScope(string ResourceId, IReadOnlyList<string> ComponentTypes, IReadOnlyList<string> Operations);
