using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>One Rp Read Data a Query needs: a component type at its RAF, the read items for it, and the answer.</summary>
public sealed class ComponentRead(XName type, RafEndpoint raf, ReadDataRequest request)
{
    /// <summary>The read item that fetches the whole component (for whole-profile queries).</summary>
    public const string WholeComponentItem = "component";

    public XName Type { get; } = type;

    public RafEndpoint Raf { get; } = raf;

    public ReadDataRequest Request { get; } = request;

    /// <summary>The read items collected while planning; copied into <see cref="Request"/> before sending.</summary>
    public List<ReadItem> Items { get; } = [];

    public RpResult<ReadDataResponse>? Result { get; set; }

    /// <summary>How much of this component the requestor may read; a denied one is not read at all.</summary>
    public Core.Authorization.AccessDecision Access { get; set; } = Core.Authorization.AccessDecision.Permit;

    public static string ItemFor(int queryItemIndex) => "q" + queryItemIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The query item index a read item id from <see cref="ItemFor"/> stands for.</summary>
    public static int IndexOf(string readItemId) => int.Parse(readItemId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The read item fetching a whole component of <paramref name="type"/>.</summary>
    public static ReadItem WholeComponentReadItem(XName type) => new() { ItemId = WholeComponentItem, Select = WholeComponentSelect(type) };

    /// <summary>A Select addressing the component itself, with the prefix it uses declared.</summary>
    private static DataSelect WholeComponentSelect(XName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new DataSelect("/c:" + type.LocalName, new Dictionary<string, string> { ["c"] = type.NamespaceName });
    }

    public ItemData? Data(string itemId) =>
        Result?.Response?.Data?.FirstOrDefault(d => d.ItemIdRef == itemId);
}
