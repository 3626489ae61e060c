using GupSoap.Contracts.Disco;

namespace GupSoap.Discovery.Registry;

/// <summary>
/// What makes two registrations the same service (Discovery 2.0 §3.4.1 LogicalDuplicate): the same provider offering
/// the same service type at the same address.
/// </summary>
internal static class LogicalKeys
{
    public static IEnumerable<(string ServiceType, string Address)> Of(SvcMD entry) =>
        (entry.ServiceContexts ?? [])
            .SelectMany(c => (c.ServiceTypes ?? []).SelectMany(t => (c.EndpointContexts ?? [])
                .SelectMany(e => e.Addresses ?? []).Select(a => (t, a))))
            .Distinct();
}
