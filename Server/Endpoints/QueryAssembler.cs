using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Server.Merge;
using GupSoap.Server.ResponseHandling;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// Builds the Query answer from the RAF reads. A missing component an item asked for aborts the query
/// (TS 23.240 §4.3.9); a RAF that failed or missed the deadline only costs its own items, which carry
/// <c>DataUnavailable</c> naming it, and the rest is returned as <c>Partial</c>.
/// </summary>
internal static class QueryAssembler
{
    public static QueryResponse Assemble(QueryResponse response, QueryRequest request, IReadOnlyList<RgTarget> targets, IReadOnlyList<ComponentRead> reads)
    {
        var items = request.Items!;
        var data = new List<QueryData>(items.Length);
        var outcomes = new List<ItemOutcome>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var (itemData, failure, abort) = targets[i].ComponentType is { } type
                ? ComponentItem(items[i], i, reads.First(r => r.Type == type))
                : WholeProfileItem(items[i], request.ResourceId!.Value, reads);
            if (abort is not null)
            {
                response.Status = RgRequestGuard.Itemised(abort, "QueryItem", ItemOutcome.RefOf(items[i].ItemId, i)).ToStatus();
                return response;
            }

            if (itemData is not null)
            {
                itemData.ItemIdRef = items[i].ItemId;
                data.Add(itemData);
            }

            outcomes.Add(new ItemOutcome(ItemOutcome.RefOf(items[i].ItemId, i), failure, PartlyServed: itemData is not null));
        }

        response.Status = ItemStatuses.Combine(outcomes);
        response.Data = data.Count > 0 ? [.. data] : null;
        return response;
    }

    private static (QueryData? Data, GupFailure? Failure, GupFailure? Abort) ComponentItem(QueryItem item, int index, ComponentRead read)
    {
        if (read.Access == AccessDecision.Deny)
        {
            return (null, GupFailure.Unauthorized("The requestor may not query this data."), null);
        }

        var result = read.Result!;
        if (result.Unavailable is { } unavailable)
        {
            return (null, unavailable, null);
        }

        if (result.Failure is { } refused)
        {
            return (null, null, refused);
        }

        var found = read.Data(ComponentRead.ItemFor(index));
        if (found is null)
        {
            return (null, new GupFailure(StatusCodes.UnexpectedError, null, $"RAF '{read.Raf.Name}' returned no data for this item."), null);
        }

        var unchanged = item.ChangedSinceSpecified && WireTime.ToUtc(found.ChangeTime) <= WireTime.ToUtc(item.ChangedSince);
        var value = unchanged ? null : found.Value ?? found.Text;
        return (new QueryData
        {
            Elements = unchanged ? null : found.Elements,
            Text = value,
            Value = value,
            Version = found.Version,
            VersionSpecified = true,
            ChangeTime = found.ChangeTime,
            ChangeTimeSpecified = true,
        }, null, null);
    }

    private static (QueryData? Data, GupFailure? Failure, GupFailure? Abort) WholeProfileItem(QueryItem item, string resourceId, IReadOnlyList<ComponentRead> reads)
    {
        var components = new List<XElement>();
        var unavailable = new List<ComponentRead>();
        // A component the requestor may not read is left out of the profile, as if it were not there.
        foreach (var read in reads.Where(r => r.Access != AccessDecision.Deny && r.Request.Items!.Any(i => i.ItemId == ComponentRead.WholeComponentItem)))
        {
            var result = read.Result!;
            if (result.Unavailable is not null)
            {
                unavailable.Add(read);
                continue;
            }

            if (result.Failure is { } refused)
            {
                if (refused.Detail == StatusCodes.DoesNotExist)
                {
                    continue;
                }

                return (null, null, refused);
            }

            // A type with several documents per resource (MCPTT user profiles) gives each as a sibling under the Profile.
            if (read.Data(ComponentRead.WholeComponentItem) is { Elements: { Length: > 0 } documents } found
                && (!item.ChangedSinceSpecified || WireTime.ToUtc(found.ChangeTime) > WireTime.ToUtc(item.ChangedSince)))
            {
                components.AddRange(documents);
            }
        }

        var failure = unavailable.Count == 0 ? null : Unavailable(unavailable);
        if (components.Count == 0 && failure is null && !item.ChangedSinceSpecified)
        {
            return (null, null, GupFailure.DoesNotExist("The resource has no profile."));
        }

        return components.Count == 0 && failure is not null
            ? (null, failure, null)
            : (new QueryData { Elements = [ProfileMerger.Merge(resourceId, components)] }, failure, null);
    }

    private static GupFailure Unavailable(List<ComponentRead> reads)
    {
        var detail = reads.Select(r => r.Result!.Unavailable!.Detail).Distinct().Count() == 1 ? reads[0].Result!.Unavailable!.Detail : null;
        var comment = string.Join(" ", reads.GroupBy(r => r.Raf.Name).Select(g =>
            $"{g.First().Result!.Unavailable!.Comment} Missing: {string.Join(", ", g.Select(r => r.Type.LocalName))}."));
        return new GupFailure(StatusCodes.DataUnavailable, detail, comment);
    }
}
