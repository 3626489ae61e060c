using System.Xml.Linq;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// Turns the items of one Query into one Rp Read Data per component involved: items inside a component become read
/// items at that component's RAF; a whole-profile item reads every component type the profile may hold.
/// </summary>
internal static class QueryPlanner
{
    public static IReadOnlyList<ComponentRead> Plan(QueryRequest request, IReadOnlyList<RgTarget> targets, ProfileLocations locations)
    {
        var reads = new Dictionary<XName, ComponentRead>();
        var items = request.Items!;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].ComponentType is { } type)
            {
                Read(reads, type, request, locations).Items.Add(new ReadItem { ItemId = ComponentRead.ItemFor(i), Select = items[i].Select });
            }
        }

        if (targets.Any(t => t.IsWholeProfile))
        {
            foreach (var (type, _) in locations.All())
            {
                Read(reads, type, request, locations).Items.Add(ComponentRead.WholeComponentReadItem(type));
            }
        }

        foreach (var read in reads.Values)
        {
            read.Request.Items = [.. read.Items];
        }

        // The stable profile order (configuration order of the types), whatever order the items named them in.
        var order = locations.All().Select(l => l.Type).ToList();
        return [.. reads.Values.OrderBy(r => order.IndexOf(r.Type))];
    }

    private static ComponentRead Read(Dictionary<XName, ComponentRead> reads, XName type, QueryRequest request, ProfileLocations locations)
    {
        if (!reads.TryGetValue(type, out var read))
        {
            read = new ComponentRead(type, locations.Locate(type)!, RgTarget.Addressed(request, type, new ReadDataRequest()));
            reads[type] = read;
        }

        return read;
    }
}
