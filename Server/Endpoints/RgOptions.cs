namespace GupSoap.Server.Endpoints;

/// <summary>Bounds of the Rg operations (configuration section <c>Gup:Rg</c>).</summary>
public sealed class RgOptions
{
    /// <summary>Most items (CreateItem, ModifyItem, QueryItem, DeleteItem) in one request.</summary>
    public int MaxItemsPerRequest { get; set; } = 100;

    /// <summary>List page size when the request gives none, and the largest page served.</summary>
    public int DefaultListCount { get; set; } = 100;

    public int MaxListCount { get; set; } = 1000;

    /// <summary>Deepest position (offset + count) a List may reach: merging pages across repositories costs that much per RAF.</summary>
    public int MaxListWindow { get; set; } = 10_000;

    /// <summary>How often unfinished multi-repository writes whose lease ran out are looked for and rolled back.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
