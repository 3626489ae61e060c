using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// TS 23.240 §4.3.4 List in proxy mode: the criteria go to every RAF holding a requested type, and their sorted
/// answers are merged into one list ordered by resource identity (the order every RAF uses), so a page at a given
/// offset is the same whichever RAF holds what. A RAF that fails is reported as <c>Partial</c>.
/// </summary>
internal static class ListOperation
{
    public static async Task<ListResponse> HandleAsync(RgContext rg, ListRequest request, SoapRequestContext context)
    {
        var response = new ListResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var count = request.CountSpecified ? request.Count : rg.Options.DefaultListCount;
        var failure = count < 1 || count > rg.Options.MaxListCount
            ? GupFailure.InvalidParameter(null, $"count must be between 1 and {rg.Options.MaxListCount}.")
            : request.Offset < 0 ? GupFailure.InvalidParameter(null, "offset must not be negative.")
            : (long)request.Offset + count > rg.Options.MaxListWindow ? GupFailure.InvalidParameter(null, $"offset + count must not exceed {rg.Options.MaxListWindow}; narrow the ResourceIDPattern.")
            : null;
        var types = new List<XName>();
        foreach (var requested in request.SearchCriteria?.ComponentTypes ?? [])
        {
            if (failure is not null)
            {
                break;
            }

            var (type, typeFailure) = RgRequestGuard.ComponentType(rg, requested);
            failure = typeFailure;
            types.Add(type!);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        // List spans subscribers, so only the operator's common rules can allow it, for every type it covers.
        var listed = types.Count > 0 ? types : rg.Directory.All.SelectMany(r => r.ComponentTypes).ToList();
        var common = new AccessPolicy("", rg.CommonRules.Current, null);
        if (listed.Any(t => common.Decide(context.Who, AccessOperation.List, t, null) != AccessDecision.Permit))
        {
            response.Status = GupFailure.Unauthorized("The requestor may not list these component types.").ToStatus();
            return response;
        }

        using var deadline = rg.StartDeadline(context.CancellationToken);
        var rafs = rg.Directory.All.Where(r => types.Count == 0 || types.Any(r.Holds)).ToList();
        var window = request.Offset + count + 1;
        var scans = await Task.WhenAll(rafs.Select(raf => ListScan.RunAsync(rg, context.Who, raf, request, types, window, deadline.Token)));
        if (scans.FirstOrDefault(s => s.Refused is not null) is { } refused)
        {
            response.Status = refused.Refused!.ToStatus();
            return response;
        }

        var merged = ListScan.Merge(scans, rg.Directory);
        var page = merged.Skip(request.Offset).Take(count).ToArray();
        response.Items = page.Length > 0 ? page : null;
        if (scans.All(s => s.Complete) && merged.Count <= request.Offset + count)
        {
            response.EndOfList = true;
            response.EndOfListSpecified = true;
        }
        else
        {
            response.NextOffset = request.Offset + page.Length;
            response.NextOffsetSpecified = true;
        }

        response.Status = Outcome(scans);
        return response;
    }

    private static Status Outcome(ListScan[] scans)
    {
        var down = scans.Where(s => s.Unavailable is not null).ToList();
        if (down.Count == 0)
        {
            return Status.Ok();
        }

        var comment = string.Join(" ", down.Select(s => s.Unavailable!.Comment)) + " Resources held there are missing from this list.";
        return down.Count == scans.Length
            ? Status.Failed(StatusCodes.DataUnavailable, down[0].Unavailable!.Detail, comment)
            : new Status { Code = StatusCodes.Partial, Comment = comment, Details = [Status.Nested(StatusCodes.DataUnavailable, down[0].Unavailable!.Detail)] };
    }
}
