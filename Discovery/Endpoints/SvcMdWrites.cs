using GupSoap.Contracts.Disco;
using GupSoap.Contracts.Liberty;
using GupSoap.Discovery.Authorization;

namespace GupSoap.Discovery.Endpoints;

/// <summary>The checks SvcMDRegister and SvcMDReplace share: an authorized writer, a sane count, valid entries, only its own ProviderID.</summary>
internal static class SvcMdWrites
{
    public static Status? Refusal(DiscoveryContext disco, DiscoveryCaller caller, SvcMD[] entries)
    {
        if (!caller.MayWrite)
        {
            return DiscoStatus.Forbidden("The requestor may not change the Discovery registry.");
        }

        if (DiscoStatus.CheckCount(disco, entries.Length, "SvcMD") is { } count)
        {
            return count;
        }

        foreach (var entry in entries)
        {
            if (SvcMdCheck.Problem(entry) is { } problem)
            {
                return DiscoStatus.Failed(problem);
            }

            if (caller.OnlyProvider is { } own && entry.ProviderId != own)
            {
                return DiscoStatus.Forbidden("A registrar may only register its own services (ProviderID = its providerID).");
            }
        }

        return null;
    }
}
