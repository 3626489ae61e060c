using System.Xml.Linq;
using GupSoap.Contracts.Gup;
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
/// TS 23.240 §4.3.2 Delete in proxy mode: the listed components, or every component of the profile. All or nothing
/// (§4.3.9): each component is first read (it must exist, and the copy allows an undo), the copies are journalled,
/// then each is deleted only if unchanged since that read; a delete that fails puts the already deleted components
/// back, and a crash before the answer is decided is rolled back by recovery.
/// </summary>
internal static class DeleteOperation
{
    public static async Task<DeleteResponse> HandleAsync(RgContext rg, DeleteRequest request, SoapRequestContext context, ILogger logger)
    {
        var response = new DeleteResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var items = request.Items ?? [];
        var failure = RgRequestGuard.CheckRequest(rg, request.ResourceId, [.. items.Select(i => i.ItemId)], "DeleteItem", allowNone: true);
        var types = new List<XName>();
        for (var i = 0; i < items.Length && failure is null; i++)
        {
            var (type, typeFailure) = RgRequestGuard.ComponentType(rg, items[i].ObjectType);
            failure = typeFailure is null && types.Contains(type!)
                ? GupFailure.InvalidParameter(StatusCodes.NoMultipleAllowed, "The same component type is listed twice.")
                : typeFailure;
            failure = failure is null ? null : RgRequestGuard.Itemised(failure, "DeleteItem", ItemOutcome.RefOf(items[i].ItemId, i));
            types.Add(type!);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var resource = request.ResourceId!.Value;
        using var deadline = rg.StartDeadline(context.CancellationToken);
        var locations = await rg.Locator.ForResourceAsync(resource, context.CancellationToken);
        var (access, denied) = await RgAccess.LoadAsync(rg, context.Who, request.ResourceId, locations, deadline.Token);
        if (denied is not null)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        var wholeProfile = items.Length == 0;
        var targets = (wholeProfile ? locations.All().Select(l => l.Type) : types)
            .Select((type, i) => new DeleteTarget(type, locations.Locate(type)!, wholeProfile ? null : items[i]))
            .ToList();

        if (targets.Select((t, i) => access!.Refusal(AccessOperation.Delete, t.Type, null) is { } r ? RgRequestGuard.Itemised(r, "DeleteItem", wholeProfile ? t.Type.LocalName : ItemOutcome.RefOf(items[i].ItemId, i)) : null)
            .FirstOrDefault(r => r is not null) is { } unauthorized)
        {
            response.Status = (unauthorized with { Comment = unauthorized.Comment + " " + NothingDeleted }).ToStatus();
            return response;
        }

        if (!context.Simulate && rg.Redirect?.TryRedirect(access!, request.RequestorData, resource, [.. targets.Select(t => (t.Type, t.Raf))],
                AccessOperation.Delete, RpOperations.DeleteComponent) is { } redirection)
        {
            return Redirector.Answer(response, redirection);
        }

        await Task.WhenAll(targets.Select(async t => t.Copy = await access!.SendAsync<ReadDataResponse>(t.Raf, RpOperations.ReadData, RgTarget.Addressed(request, t.Type, new ReadDataRequest
        {
            Items = [ComponentRead.WholeComponentReadItem(t.Type)],
        }), simulate: false, deadline.Token)));

        failure = DeletePlan.Check(targets, wholeProfile);
        if (failure is not null || context.Simulate)
        {
            response.Status = failure?.ToStatus() ?? Status.Ok();
            return response;
        }

        var existing = targets.Where(t => t.Exists).ToList();
        // The copies are journalled before the first delete: a crash from here on is rolled back by recovery, which
        // creates again what is gone (TS 23.240 §4.3.9), never left half-deleted.
        var intent = WriteIntent.Begin(resource, request.ResourceId.Type, IntentOperation.Delete, rg.Time.GetUtcNow(), rg.IntentLease(existing.Count),
            [.. existing.SelectMany(t => t.CopyData!.Elements!.Select(d => new IntentPart(t.Type, t.Raf.Name, locations.IsRecorded(t.Type), ComponentInstance.IdOf(d) ?? "",
                d.ToString(SaveOptions.DisableFormatting))))]);
        if (!await rg.Journal.BeginAsync(intent, [], CancellationToken.None))
        {
            response.Status = JournalledWrite.Busy(NothingDeleted).ToStatus();
            return response;
        }

        await Task.WhenAll(existing.Select(async t => t.Deleted = await access!.SendAsync<DeleteComponentResponse>(t.Raf, RpOperations.DeleteComponent, RgTarget.Addressed(request, t.Type, new DeleteComponentRequest
        {
            NotChangedSince = t.CopyData!.ChangeTime,
            NotChangedSinceSpecified = true,
        }), simulate: false, deadline.Token)));

        if (existing.FirstOrDefault(t => t.DeleteFailure is not null) is { } failed)
        {
            if (await DeletePlan.RestoreAsync(access!, request, existing, logger))
            {
                await rg.Journal.CompleteAsync(intent, [], CancellationToken.None);
            }

            response.Status = (failed.DeleteFailure! with { Comment = $"{failed.Type.LocalName}: {failed.DeleteFailure!.Comment} {NothingDeleted}" }).ToStatus();
            return response;
        }

        if (!await rg.Journal.CompleteAsync(intent, [.. existing.Where(t => locations.IsRecorded(t.Type)).Select(t => t.Type)], CancellationToken.None))
        {
            response.Status = JournalledWrite.TakenOver(NothingDeleted).ToStatus();
        }

        return response;
    }

    private const string NothingDeleted = "Nothing was deleted.";
}

/// <summary>One component a Delete removes: where it is, the request item (if listed), its copy and the outcome.</summary>
internal sealed class DeleteTarget(XName type, RafEndpoint raf, DeleteItem? item)
{
    public XName Type { get; } = type;

    public RafEndpoint Raf { get; } = raf;

    public DeleteItem? Item { get; } = item;

    public RpResult<ReadDataResponse>? Copy { get; set; }

    public RpResult<DeleteComponentResponse>? Deleted { get; set; }

    /// <summary>Why the delete did not happen (or may not have: the RAF did not answer); null when it did.</summary>
    public GupFailure? DeleteFailure => Deleted?.Failure;

    public ItemData? CopyData => Copy?.Response?.Data?.FirstOrDefault();

    public bool Exists => Copy?.Response?.Status.Code == StatusCodes.Ok && CopyData?.Elements is { Length: > 0 };

    /// <summary>The component's documents as read: one, or each instance of a multi-instance type.</summary>
    public IEnumerable<AnyContent> Documents => CopyData!.Elements!.Select(e => new AnyContent { Elements = [e] });
}
