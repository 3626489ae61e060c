using GupSoap.Contracts.Disco;

namespace GupSoap.Server.Hosting;

/// <summary>Where this process registers its services: the registry in this process, or a Discovery Service over SOAP.</summary>
internal interface IServiceRegistrationTarget
{
    /// <summary>Every entry the deployment may see (all of them).</summary>
    Task<IReadOnlyList<SvcMD>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Registers <paramref name="entry"/> as provided by <paramref name="entry"/>'s ProviderID; answers the status code.</summary>
    Task<string> RegisterAsync(SvcMD entry, CancellationToken cancellationToken);

    /// <summary>Replaces the entry with <paramref name="entry"/>'s svcMDID; answers the status code.</summary>
    Task<string> ReplaceAsync(SvcMD entry, CancellationToken cancellationToken);
}

/// <summary>
/// Registers one service idempotently (a restart or a second start creates no duplicate): the entry of the same
/// provider and service type is replaced, keeping its id; otherwise a new one is registered, and a LogicalDuplicate
/// (another instance got there first) becomes a replace.
/// </summary>
internal static class IdempotentRegistration
{
    public static async Task<string> RegisterOrReplaceAsync(IServiceRegistrationTarget target, SvcMD entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entry);
        var type = entry.ServiceContexts![0].ServiceTypes![0];
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var existing = (await target.ListAsync(cancellationToken))
                .FirstOrDefault(e => e.ProviderId == entry.ProviderId && (e.ServiceContexts ?? []).Any(c => (c.ServiceTypes ?? []).Contains(type)));
            if (existing is not null)
            {
                entry.SvcMDID = existing.SvcMDID;
                return await target.ReplaceAsync(entry, cancellationToken);
            }

            var status = await target.RegisterAsync(entry, cancellationToken);
            if (status != DiscoStatusCodes.LogicalDuplicate)
            {
                return status;
            }
        }

        return DiscoStatusCodes.LogicalDuplicate;
    }
}
