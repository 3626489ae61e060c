using System.Xml.Linq;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Charging;
using GupSoap.Core.Soap;
using GupSoap.Server.Authorization;
using GupSoap.Server.Redirect;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// TS 23.240 §4.3.5 Query in proxy mode: every item is routed to the RAF of its component, all reads run in parallel
/// under the request deadline, and the whole profile comes back as one merged <c>gup:Profile</c>.
/// </summary>
internal static class QueryOperation
{
    public static async Task<QueryResponse> HandleAsync(RgContext rg, QueryRequest request, SoapRequestContext context)
    {
        var response = new QueryResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var items = request.Items ?? [];
        var failure = RgRequestGuard.CheckRequest(rg, request.ResourceId, [.. items.Select(i => i.ItemId)], "QueryItem");
        var targets = Array.Empty<RgTarget>();
        if (failure is null)
        {
            (targets, failure) = RgRequestGuard.Targets(rg, [.. items.Select(i => (i.Select, i.ItemId))], "QueryItem", allowWholeProfile: true);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        using var deadline = rg.StartDeadline(context.CancellationToken);
        var locations = await rg.Locator.ForResourceAsync(request.ResourceId!.Value, context.CancellationToken);
        var (access, refused) = await RgAccess.LoadAsync(rg, context.Who, request.ResourceId, locations, deadline.Token);
        if (refused is not null)
        {
            response.Status = refused.ToStatus();
            return response;
        }

        if (!context.Simulate && rg.Redirect?.TryRedirect(access!, request.RequestorData, request.ResourceId.Value, RedirectTargets(targets, locations),
                AccessOperation.Query, RpOperations.ReadData) is { } redirection)
        {
            return Redirector.Answer(response, redirection);
        }

        var reads = QueryPlanner.Plan(request, targets, locations);
        if (ChargingScope.Current is { } charging)
        {
            // A whole-profile query reads every component: the audit names each one.
            foreach (var read in reads)
            {
                charging.AddComponentType(read.Type);
            }
        }

        QueryPrivacy.Prepare(access!, reads);
        await Task.WhenAll(reads.Where(r => r.Access != AccessDecision.Deny).Select(async read =>
            read.Result = await access!.SendAsync<ReadDataResponse>(read.Raf, RpOperations.ReadData, read.Request, simulate: false, deadline.Token)));
        QueryPrivacy.Apply(access!, targets, reads);
        return QueryAssembler.Assemble(response, request, targets, reads);
    }

    /// <summary>Every component an item names; the whole profile names every component type.</summary>
    private static List<(XName Type, RafEndpoint Raf)> RedirectTargets(RgTarget[] targets, ProfileLocations locations) =>
        targets.Any(t => t.IsWholeProfile)
            ? [.. locations.All()]
            : [.. targets.Select(t => t.ComponentType!).Distinct().Select(type => (type, locations.Locate(type)!))];
}
