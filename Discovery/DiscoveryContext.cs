using GupSoap.Core.Saml;
using GupSoap.Discovery.Registry;
using GupSoap.Discovery.Tokens;
using Microsoft.Extensions.Logging;

namespace GupSoap.Discovery;

/// <summary>What every Discovery operation needs: options, the registry, the token minter and the trusted issuers.</summary>
public sealed class DiscoveryContext(DiscoveryOptions options, IServiceRegistry registry, DiscoveryTokens tokens, TrustedIssuers issuers, ILogger logger)
{
    public DiscoveryOptions Options { get; } = options;

    public IServiceRegistry Registry { get; } = registry;

    public DiscoveryTokens Tokens { get; } = tokens;

    /// <summary>Tells a deployment service's call (an intermediary issuer's service-call token) from others.</summary>
    public TrustedIssuers Issuers { get; } = issuers;

    /// <summary>Registry changes are logged (who changed what), never tokens.</summary>
    public ILogger Logger { get; } = logger;
}
