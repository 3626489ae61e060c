using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Server.Authorization;
using GupSoap.Server.Redirect;
using GupSoap.Server.ResponseHandling;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// TS 23.240 §4.3.3 Modify in proxy mode. The items of one component go to its RAF as one Rp Modify Data, in request
/// order, applied together or not at all; components are independent, so one failing does not undo another
/// (§4.3.9: completed items are reported). Every item gets its own result.
/// </summary>
internal static class ModifyOperation
{
    public static async Task<ModifyResponse> HandleAsync(RgContext rg, ModifyRequest request, SoapRequestContext context)
    {
        var response = new ModifyResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var items = request.Items ?? [];
        var failure = RgRequestGuard.CheckRequest(rg, request.ResourceId, [.. items.Select(i => i.ItemId)], "ModifyItem");
        var targets = Array.Empty<RgTarget>();
        if (failure is null)
        {
            (targets, failure) = RgRequestGuard.Targets(rg, [.. items.Select(i => (i.Select, i.ItemId))], "ModifyItem", allowWholeProfile: false);
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

        var groups = Enumerable.Range(0, items.Length).GroupBy(i => targets[i].ComponentType!).ToList();
        if (!context.Simulate && rg.Redirect?.TryRedirect(access!, request.RequestorData, request.ResourceId.Value, [.. groups.Select(g => (g.Key, locations.Locate(g.Key)!))],
                AccessOperation.Modify, RpOperations.ModifyData) is { } redirection)
        {
            return Redirector.Answer(response, redirection);
        }

        var results = await Task.WhenAll(groups.Select(group =>
            // One unauthorized item refuses its component's whole batch: the batch is applied together or not at all.
            group.Select(i => access!.Refusal(AccessOperation.Modify, group.Key, targets[i].Reference)).FirstOrDefault(r => r is not null) is { } unauthorized
                ? Task.FromResult(RpResult.Refused<ModifyDataResponse>(locations.Locate(group.Key)!, unauthorized))
                : access!.SendAsync<ModifyDataResponse>(locations.Locate(group.Key)!, RpOperations.ModifyData, RgTarget.Addressed(request, group.Key, new ModifyDataRequest
                {
                    Modifications = group.Select(i => ToModification(items[i], i)).ToArray(),
                }), context.Simulate, deadline.Token)));

        var itemResults = new ItemResult[items.Length];
        var outcomes = new ItemOutcome[items.Length];
        for (var g = 0; g < groups.Count; g++)
        {
            var groupFailure = GroupFailure(results[g], groups[g].Key);
            foreach (var i in groups[g])
            {
                outcomes[i] = new ItemOutcome(ItemOutcome.RefOf(items[i].ItemId, i), groupFailure);
                itemResults[i] = new ItemResult
                {
                    ItemIdRef = items[i].ItemId,
                    Status = groupFailure is null ? Status.Ok() : groupFailure.ToStatus(),
                    Version = results[g].Response?.Version ?? 0,
                    VersionSpecified = groupFailure is null && results[g].Response?.Version is not null,
                };
            }
        }

        response.Status = ItemStatuses.Combine(outcomes);
        response.Items = itemResults;
        return response;
    }

    private static Modification ToModification(ModifyItem item, int index) => new()
    {
        Select = item.Select,
        NewData = item.NewData,
        ItemId = ItemOutcome.RefOf(item.ItemId, index),
        OverrideAllowed = item.OverrideAllowed,
        NotChangedSince = item.NotChangedSince,
        NotChangedSinceSpecified = item.NotChangedSinceSpecified,
    };

    private static GupFailure? GroupFailure(RpResult<ModifyDataResponse> result, XName type)
    {
        if (result.Unavailable is { } unavailable)
        {
            // The RAF may or may not have applied the change before it stopped answering: say so.
            return unavailable with { Comment = $"{unavailable.Comment} Whether the {type.LocalName} modifications were applied is unknown." };
        }

        return result.Failure is { } refused
            ? refused with { Comment = $"{type.LocalName}: {refused.Comment} No modification of this component was applied." }
            : null;
    }
}
