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
using GupSoap.Schemas;
using GupSoap.Server.Routing;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// TS 23.240 §4.3.1 Create in proxy mode: all components of the request are created or none (§4.3.9). Each RAF
/// first checks its item as a dry run (SB ProcessingContext Simulate); only when all accept are the write intent and
/// the placements journalled and the components created; a create that still fails undoes the others, and a crash
/// before the answer is decided is rolled back by <see cref="Routing.WriteIntentRecovery"/>.
/// </summary>
internal static class CreateOperation
{
    public static async Task<CreateResponse> HandleAsync(RgContext rg, CreateRequest request, SoapRequestContext context, ILogger logger)
    {
        var response = new CreateResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var items = request.Items ?? [];
        var failure = RgRequestGuard.CheckRequest(rg, request.ResourceId, [.. items.Select(i => i.ItemId)], "CreateItem");
        var types = new XName[items.Length];
        for (var i = 0; i < items.Length && failure is null; i++)
        {
            failure = CheckItem(rg, items[i], types, i);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var resource = request.ResourceId!.Value;
        using var deadline = rg.StartDeadline(context.CancellationToken);
        var locations = await rg.Locator.ForResourceAsync(resource, context.CancellationToken);
        var rafs = types.Select(t => rg.Locator.PlaceNew(locations, t, request.TargetRepository)!).ToArray();
        var (access, denied) = await RgAccess.LoadAsync(rg, context.Who, request.ResourceId, locations, deadline.Token);
        for (var i = 0; i < items.Length && denied is null; i++)
        {
            denied = access!.Refusal(AccessOperation.Create, types[i], null, conceal: false) is { } refusal
                ? RgRequestGuard.Itemised(refusal, "CreateItem", ItemOutcome.RefOf(items[i].ItemId, i)) with { Comment = refusal.Comment + " " + NothingCreated }
                : null;
        }

        if (denied is not null)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        if (!context.Simulate && rg.Redirect?.TryRedirect(access!, request.RequestorData, resource, [.. types.Select((t, i) => (t, rafs[i]))],
                AccessOperation.Create, RpOperations.CreateComponent) is { } redirection)
        {
            // The placements are recorded as in proxy mode, so the components the application creates are found there.
            for (var i = 0; i < items.Length; i++)
            {
                if (!locations.IsRecorded(types[i]))
                {
                    await rg.Locator.RecordAsync(resource, types[i], rafs[i], CancellationToken.None);
                }
            }

            return Redirector.Answer(response, redirection);
        }

        var checks = await SendAllAsync(access!, request, types, rafs, simulate: true, deadline.Token);
        var refused = FirstFailure(checks, items);
        if (refused is not null || context.Simulate)
        {
            response.Status = refused?.ToStatus() ?? Status.Ok();
            return response;
        }

        // The intent and the new placements commit together before the first real write: a crash from here on is
        // rolled back by recovery (TS 23.240 §4.3.9), never left half-created.
        var recorded = types.Select(t => !locations.IsRecorded(t)).ToArray();
        var intent = WriteIntent.Begin(resource, request.ResourceId.Type, IntentOperation.Create, rg.Time.GetUtcNow(), rg.IntentLease(items.Length),
            [.. types.Select((t, i) => new IntentPart(t, rafs[i].Name, recorded[i], ComponentInstance.IdOf(items[i].NewData!.Elements![0]) ?? "", null))]);
        if (!await rg.Journal.BeginAsync(intent, [.. types.Select((t, i) => (t, rafs[i].Name)).Where((_, i) => recorded[i])], CancellationToken.None))
        {
            response.Status = JournalledWrite.Busy(NothingCreated).ToStatus();
            return response;
        }

        var created = await SendAllAsync(access!, request, types, rafs, simulate: false, deadline.Token);
        if (FirstFailure(created, items) is { } failed)
        {
            if (await UndoAsync(access!, request, types, created, logger) is { } forget)
            {
                await rg.Journal.CompleteAsync(intent, [.. forget.Where((_, i) => recorded[i]).OfType<XName>()], CancellationToken.None);
            }

            response.Status = failed.ToStatus();
            return response;
        }

        if (!await rg.Journal.CompleteAsync(intent, [], CancellationToken.None))
        {
            response.Status = JournalledWrite.TakenOver(NothingCreated).ToStatus();
            return response;
        }

        response.Items = created.Select((r, i) => new ItemResult
        {
            ItemIdRef = items[i].ItemId,
            Version = r.Response!.Version ?? 1,
            VersionSpecified = true,
        }).ToArray();
        return response;
    }

    private static GupFailure? CheckItem(RgContext rg, CreateItem item, XName[] types, int index)
    {
        var reference = ItemOutcome.RefOf(item.ItemId, index);
        var (type, failure) = RgRequestGuard.ComponentType(rg, item.ObjectType);
        if (failure is null && types.Take(index).Contains(type))
        {
            failure = GupFailure.InvalidParameter(StatusCodes.NoMultipleAllowed, "A profile holds one component of each type; it is named twice.");
        }

        if (failure is null && item.NewData?.Elements is not [var document])
        {
            failure = GupFailure.InvalidParameter(StatusCodes.MissingNewDataElement, "NewData must hold exactly one component document.");
        }
        else if (failure is null && item.NewData!.Elements![0].Name != type)
        {
            failure = GupFailure.InvalidParameter(StatusCodes.InvalidData, "The root element of NewData is not the objectType.");
        }

        types[index] = type!;
        return failure is null ? null : RgRequestGuard.Itemised(failure, "CreateItem", reference);
    }

    private static Task<RpResult<CreateComponentResponse>[]> SendAllAsync(RgAccess access, CreateRequest request, XName[] types, RafEndpoint[] rafs, bool simulate, CancellationToken cancellationToken) =>
        Task.WhenAll(types.Select((type, i) => access.SendAsync<CreateComponentResponse>(rafs[i], RpOperations.CreateComponent, RgTarget.Addressed(request, type, new CreateComponentRequest
        {
            NewData = request.Items![i].NewData,
        }), simulate, cancellationToken)));

    private static GupFailure? FirstFailure(RpResult<CreateComponentResponse>[] results, CreateItem[] items)
    {
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Failure is { } failure)
            {
                var itemised = RgRequestGuard.Itemised(failure, "CreateItem", ItemOutcome.RefOf(items[i].ItemId, i));
                return itemised with { Comment = itemised.Comment + " " + NothingCreated };
            }
        }

        return null;
    }

    /// <summary>
    /// Deletes what this request created (or may have: a RAF that did not answer). Returns, per item, the type whose
    /// placement may be forgotten (null where a concurrent request created it first: ExistsAlready), or null when a
    /// component could not be removed — the write intent then stays for recovery to finish.
    /// </summary>
    private static async Task<XName?[]?> UndoAsync(RgAccess access, CreateRequest request, XName[] types, RpResult<CreateComponentResponse>[] created, ILogger logger)
    {
        var forget = new XName?[types.Length];
        var complete = true;
        for (var i = 0; i < types.Length; i++)
        {
            var refusal = created[i].Unavailable is null ? created[i].Failure : null;
            if (refusal is null)
            {
                // Runs to the end even when the caller has gone: the attempt timeout still bounds each call.
                var undone = await CreatedComponentRemoval.RemoveAsync(access, request, types[i], created[i].Raf, request.Items![i].NewData!.Elements![0]);
                if (undone is { Detail: not StatusCodes.DoesNotExist } stuck)
                {
                    logger.LogWarning("Create of {Type} at RAF {Raf} could not be undone now, recovery will: {Reason}", types[i].LocalName, created[i].Raf.Name, stuck.Comment);
                    complete = false;
                    continue;
                }
            }

            forget[i] = refusal?.Detail == StatusCodes.ExistsAlready ? null : types[i];
        }

        return complete ? forget : null;
    }

    private const string NothingCreated = "No component was created.";
}
