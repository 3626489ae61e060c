using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery.Matching;

namespace GupSoap.Discovery.Endpoints;

/// <summary>
/// Discovery 2.0 §3.3 Query: the services the requestor may use (operator-wide entries and those associated with its
/// subscriber) that match each RequestedService, one EPR each with a token minted for that service; NoResults when none.
/// </summary>
internal static class QueryOperation
{
    public static async Task<QueryResponse> HandleAsync(DiscoveryContext disco, QueryRequest request, SoapRequestContext context)
    {
        var who = context.Who;
        // A token naming an intermediary issuer as requestor would make the service treat the holder as the deployment itself.
        if (disco.Issuers.Find(who.ProviderId) is { Intermediary: true } && !who.IsSystem)
        {
            return new QueryResponse { Status = DiscoStatus.Forbidden("Tokens are not issued for this requestor.") };
        }

        var requested = request.RequestedServices is { Length: > 0 } given ? given : [new RequestedService { ResultsType = DiscoUris.ResultsAll }];
        if (requested.Length > disco.Options.MaxItemsPerRequest)
        {
            return new QueryResponse { Status = DiscoStatus.Failed($"At most {disco.Options.MaxItemsPerRequest} RequestedService items per request.") };
        }

        var entries = await disco.Registry.ListAsync(context.CancellationToken);
        var associated = who.SubscriberId is { } subscriber ? await disco.Registry.AssociationsAsync(subscriber, context.CancellationToken) : new HashSet<string>();
        var usable = entries.Where(e => e.OperatorWide || associated.Contains(e.Id)).ToList();
        var references = requested
            .SelectMany(r => ServiceMatcher.Find(r, usable))
            .Select(m => EndpointReferences.Build(m, disco.Tokens.For(who, m.Entry.ProviderId)))
            .ToArray();
        return references.Length == 0
            ? new QueryResponse { Status = DiscoStatus.Of(DiscoStatusCodes.NoResults, "No registered service matches the request.") }
            : new QueryResponse { Status = DiscoStatus.Of(DiscoStatusCodes.Ok), EndpointReferences = references };
    }
}
