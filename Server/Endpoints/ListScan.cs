using System.Text;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Core.Security;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>The first resources (up to a window) one RAF lists for a List request, read page by page over Rp.</summary>
internal sealed class ListScan
{
    private ListScan(RafEndpoint raf) => Raf = raf;

    public RafEndpoint Raf { get; }

    public List<ListItem> Items { get; } = [];

    /// <summary>True when the RAF said there is nothing after <see cref="Items"/> (or it is unavailable: nothing more will come).</summary>
    public bool Complete { get; private set; }

    public GupFailure? Unavailable { get; private set; }

    /// <summary>The RAF refused the criteria: the whole List fails with its status.</summary>
    public GupFailure? Refused { get; private set; }

    public static async Task<ListScan> RunAsync(RgContext rg, RequestorContext requestor, RafEndpoint raf, ListRequest request, IReadOnlyList<XName> types, int window, CancellationToken cancellationToken)
    {
        var scan = new ListScan(raf);
        var held = types.Where(raf.Holds).Select(RgTarget.QName).ToArray();
        var offset = 0;
        while (scan.Items.Count < window)
        {
            var result = await rg.Rp.SendAsync<ListDataResponse>(raf, RpOperations.ListData, new ListDataRequest
            {
                RequestorData = request.RequestorData,
                SearchCriteria = new SearchCriteria { ResourceIdPattern = request.SearchCriteria?.ResourceIdPattern, ComponentTypes = held.Length > 0 ? held : null },
                Count = Math.Min(window - scan.Items.Count, rg.Options.MaxListCount),
                CountSpecified = true,
                Offset = offset,
            }, simulate: false, requestor, cancellationToken);
            if (result.Unavailable is { } unavailable)
            {
                scan.Unavailable = unavailable;
                scan.Complete = true;
                return scan;
            }

            if (result.Failure is { } refused)
            {
                scan.Refused = refused with { Comment = $"RAF '{raf.Name}': {refused.Comment}" };
                return scan;
            }

            var page = result.Response!;
            scan.Items.AddRange(page.Items ?? []);
            if (page.EndOfList || !page.NextOffsetSpecified || page.Items is null)
            {
                scan.Complete = true;
                return scan;
            }

            offset = page.NextOffset;
        }

        return scan;
    }

    /// <summary>One entry per resource across all scans, ordered as SQLite orders text (UTF-8 bytes), types in profile order.</summary>
    public static List<ProfileListItem> Merge(IEnumerable<ListScan> scans, RafDirectory directory)
    {
        var byResource = new SortedDictionary<string, (ListItem First, HashSet<XName> Types)>(Utf8Order.Instance);
        foreach (var item in scans.SelectMany(s => s.Items))
        {
            var id = item.ResourceId?.Value ?? "";
            if (!byResource.TryGetValue(id, out var entry))
            {
                entry = (item, []);
                byResource[id] = entry;
            }

            foreach (var type in item.ComponentTypes ?? [])
            {
                entry.Types.Add(XName.Get(type.Name, type.Namespace));
            }
        }

        return byResource.Values.Select(e => new ProfileListItem
        {
            ResourceId = e.First.ResourceId,
            ComponentTypes = e.Types.OrderBy(directory.OrderOf).Select(t => new XmlQualifiedName(t.LocalName, t.NamespaceName)).ToArray(),
        }).ToList();
    }

    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y) =>
            Encoding.UTF8.GetBytes(x ?? "").AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y ?? ""));
    }
}
