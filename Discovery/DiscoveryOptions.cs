namespace GupSoap.Discovery;

/// <summary>How this Discovery Service identifies itself, how long its tokens live, and who may register (<c>Gup:Discovery</c>).</summary>
public sealed class DiscoveryOptions
{
    /// <summary>Our providerID: the audience of requests to Discovery (PROTOCOL.md: <c>urn:gupsoap:disco</c> unless configured).</summary>
    public string ProviderId { get; init; } = "urn:gupsoap:disco";

    /// <summary>Lifetime of the tokens a Query hands out (<c>Gup:Discovery:TokenMinutes</c>, default 5).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Providers outside the deployment allowed to register their own service metadata (<c>Gup:Discovery:Registrars</c>).</summary>
    public IReadOnlySet<string> Registrars { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Most SvcMD or SvcMDID items in one request.</summary>
    public int MaxItemsPerRequest { get; init; } = 100;
}
