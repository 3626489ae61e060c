using GupSoap.Core.Security;
using GupSoap.Core.Soap;

namespace GupSoap.Discovery.Authorization;

/// <summary>
/// Who may change the registry (PROTOCOL.md "Discovery": registration requires an authenticated, authorized provider):
/// the deployment's own services manage any entry and register operator-wide services; configured registrars
/// (<c>Gup:Discovery:Registrars</c>) manage only entries whose ProviderID is their own; anyone else is Forbidden.
/// </summary>
internal sealed record DiscoveryCaller(RequestorContext Who, bool IsDeployment, bool IsRegistrar)
{
    public static DiscoveryCaller Of(DiscoveryContext disco, SoapRequestContext context)
    {
        var who = context.Who;
        var deployment = who.IsSystem || ServiceCallMarker.IsPresent(context);
        return new DiscoveryCaller(who, deployment, disco.Options.Registrars.Contains(who.ProviderId));
    }

    public bool MayWrite => IsDeployment || IsRegistrar;

    /// <summary>The provider whose entries this caller may change; null for the deployment (any entry).</summary>
    public string? OnlyProvider => IsDeployment ? null : Who.ProviderId;
}
