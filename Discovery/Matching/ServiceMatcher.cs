using GupSoap.Contracts.Disco;
using GupSoap.Core.Security;
using GupSoap.Discovery.Registry;

namespace GupSoap.Discovery.Matching;

/// <summary>
/// Discovery 2.0 §3.3.2 matching of one RequestedService against the entries a requestor may use: ServiceType,
/// ProviderID, Framework and Action filters (an absent filter matches anything); then resultsType: <c>all</c> every
/// endpoint offering a requested mechanism, <c>only-one</c> the first of those, <c>best</c> (default) the first of those
/// or, when none offers a requested mechanism, the first endpoint with its own preferred mechanism.
/// </summary>
internal static class ServiceMatcher
{
    public static IReadOnlyList<ServiceMatch> Find(RequestedService request, IEnumerable<RegisteredService> candidates)
    {
        var found = candidates
            .Where(e => Allows(request.ProviderIds, e.ProviderId))
            .SelectMany(e => (e.Metadata.ServiceContexts ?? []).SelectMany(c => Endpoints(request, e, c)))
            .ToList();
        var requested = found.Where(m => m.MechanismRequested);
        return (request.ResultsType ?? DiscoUris.ResultsBest) switch
        {
            DiscoUris.ResultsAll => requested.ToList(),
            DiscoUris.ResultsOnlyOne => requested.Take(1).ToList(),
            _ => requested.Concat(found).Take(1).ToList(),
        };
    }

    private static IEnumerable<ServiceMatch> Endpoints(RequestedService request, RegisteredService entry, ServiceContext context)
    {
        var type = (context.ServiceTypes ?? []).FirstOrDefault(t => Allows(request.ServiceTypes, t));
        if (type is null)
        {
            yield break;
        }

        foreach (var endpoint in context.EndpointContexts ?? [])
        {
            if (!FrameworkMatches(request, endpoint) || !ActionsMatch(request, endpoint) || endpoint.SecurityMechIds is not { Length: > 0 } offered)
            {
                continue;
            }

            var chosen = request.SecurityMechIds is { Length: > 0 } wanted
                ? offered.FirstOrDefault(wanted.Contains)
                : offered.FirstOrDefault(m => m == SecurityMechanisms.TlsBearer) ?? offered[0];
            yield return new ServiceMatch(entry, type, endpoint, chosen ?? offered[0], chosen is not null);
        }
    }

    private static bool Allows(string[]? filter, string value) => filter is not { Length: > 0 } || filter.Contains(value, StringComparer.Ordinal);

    private static bool FrameworkMatches(RequestedService request, EndpointContext endpoint) =>
        request.Frameworks is not { Length: > 0 } wanted || (endpoint.Frameworks ?? []).Any(f => wanted.Any(w => w.Version == f.Version));

    /// <summary>An endpoint that lists no actions supports every action of its service type.</summary>
    private static bool ActionsMatch(RequestedService request, EndpointContext endpoint) =>
        request.Actions is not { Length: > 0 } wanted || endpoint.Actions is not { Length: > 0 } offered || wanted.All(offered.Contains);
}
