using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Data;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// TS 23.240 §4.4.5 Read Data: one Data per ReadItem, at any depth, each with the component version. A type with several
/// documents per resource is read as all of them, side by side (<see cref="InstanceSelection"/>).
/// </summary>
internal static class ReadDataOperation
{
    public static async Task<ReadDataResponse> HandleAsync(RafContext raf, ReadDataRequest request, SoapRequestContext context)
    {
        var response = new ReadDataResponse { TimeStamp = raf.Time.GetUtcNow().UtcDateTime, TimeStampSpecified = true };
        var items = request.Items ?? [];
        var failure = RpRequestGuard.CheckTarget(raf, request, out var type)
            ?? RpRequestGuard.CheckItemCount(raf, items.Length, "ReadItem")
            ?? CheckItemIds(items);
        var references = new List<DataReference>(items.Length);
        foreach (var item in items)
        {
            if (failure is not null)
            {
                break;
            }

            var (reference, selectFailure) = RpRequestGuard.ParseSelect(item.Select, type);
            failure = selectFailure;
            references.Add(reference!);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var (policy, denied) = await RafAccess.ForAsync(raf, context, request.ResourceId!.Value, type, RpOperations.ReadData);
        if (denied is not null)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        var stored = await raf.Store.ReadAllAsync(request.ResourceId!.Value, type, context.CancellationToken);
        if (stored.Count == 0)
        {
            response.Status = GupFailure.NoSuchComponent().ToStatus();
            return response;
        }

        var decision = policy?.Decide(context.Who, AccessOperation.Query, type, null) ?? AccessDecision.Permit;
        if (decision == AccessDecision.Deny)
        {
            response.Status = GupFailure.Unauthorized("The requestor may not query this data.").ToStatus();
            return response;
        }

        // Shared trees: the filter copies what it keeps and the items copy what they select.
        var visible = stored.Select(raf.Trees.Tree)
            .Select(c => decision == AccessDecision.Permit ? c : policy!.FilterComponent(context.Who, AccessOperation.Query, c))
            .ToList();
        var data = new ItemData[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var (selected, contributing, addressed) = InstanceSelection.Select(visible, references[i]);
            // The version of the one instance the data comes from; of several, the newest (ARCHITECTURE.md "Data model").
            var versioned = contributing.Count > 0 ? contributing : addressed.Count > 0 ? addressed : Enumerable.Range(0, stored.Count).ToList();
            data[i] = SelectedItemData.Build(items[i].ItemId, selected, references[i].TargetsAttribute,
                versioned.Max(v => stored[v].Version), versioned.Max(v => stored[v].ChangedAt).UtcDateTime);
        }

        response.Data = data;
        return response;
    }

    private static GupFailure? CheckItemIds(ReadItem[] items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Any(i => i.ItemId is { } id && !seen.Add(id))
            ? GupFailure.InvalidParameter(StatusCodes.ItemIDDuplicated, "Two ReadItems share an itemID.")
            : null;
    }
}
