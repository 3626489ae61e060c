using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Raf.Endpoints;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Authorization;

/// <summary>
/// Privacy for Query (TS 23.240 §4.1.4; SECURITY.md A8). A component the requestor may read entirely is read as
/// asked; one it may not read at all is not read; one it may read in part is read whole, filtered in the profile view,
/// and only then are the items' selects evaluated — so a select of a parent never brings back a denied child.
/// </summary>
internal static class QueryPrivacy
{
    public static void Prepare(RgAccess access, IReadOnlyList<ComponentRead> reads)
    {
        if (access.Concealed)
        {
            return;
        }

        foreach (var read in reads)
        {
            read.Access = access.Policy.Decide(access.Who, AccessOperation.Query, read.Type, null);
            if (read.Access == AccessDecision.Partial)
            {
                read.Request.Items = [ComponentRead.WholeComponentReadItem(read.Type)];
            }
        }
    }

    /// <summary>Replaces each partly readable component's answer by what the requestor may see of it.</summary>
    public static void Apply(RgAccess access, IReadOnlyList<RgTarget> targets, IReadOnlyList<ComponentRead> reads)
    {
        foreach (var read in reads.Where(r => r.Access == AccessDecision.Partial && r.Result?.Failure is null))
        {
            var whole = read.Data(ComponentRead.WholeComponentItem);
            // Every document of the component (several for a type with instances, e.g. one per MCPTT profile id) is
            // filtered on its own; the selects then run over the filtered view, so a predicate sees only what is visible.
            var visible = (whole?.Elements ?? []).Select(document => access.Policy.FilterComponent(access.Who, AccessOperation.Query, document)).ToList();
            var data = new List<ItemData>();
            foreach (var item in read.Items)
            {
                var reference = item.ItemId == ComponentRead.WholeComponentItem ? null : targets[ComponentRead.IndexOf(item.ItemId!)].Reference;
                IReadOnlyList<System.Xml.Linq.XObject> selected = reference is null ? [.. visible.OfType<System.Xml.Linq.XElement>()] : InstanceSelection.Select(visible, reference).Selected;
                data.Add(SelectedItemData.Build(item.ItemId, selected, reference?.TargetsAttribute ?? false, whole?.Version ?? 0, whole?.ChangeTime ?? default));
            }

            var answer = new ReadDataResponse { Status = read.Result!.Response!.Status, TimeStamp = read.Result.Response.TimeStamp, TimeStampSpecified = true, Data = [.. data] };
            read.Result = RpResult.Answered(read.Raf, answer);
        }
    }
}
