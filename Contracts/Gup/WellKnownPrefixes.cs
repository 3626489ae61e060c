namespace GupSoap.Contracts.Gup;

/// <summary>
/// Prefixes a data reference or an <c>xs:QName</c> value (Rp <c>ComponentType</c>, Rg <c>objectType</c>, List
/// <c>ComponentType</c>, Define Data <c>Name</c>) may use without declaring them (PROTOCOL.md namespace table). A
/// binding in scope of the element always wins; these only fill in for clients whose toolkits cannot declare prefixes
/// for text content (zeep, node-soap, many SoapUI suites). Any other undeclared prefix is still refused. The one table,
/// and the one rule (<see cref="Resolve"/>), of every place that resolves a prefix a client wrote.
/// </summary>
public static class WellKnownPrefixes
{
    private static readonly Dictionary<string, string> Bindings = new(StringComparer.Ordinal)
    {
        ["gup"] = Namespaces.Gup,
        ["sub"] = Namespaces.Subscriber,
        ["pres"] = Namespaces.Presence,
        ["lcs"] = Namespaces.Lcs,
        ["mcpttup"] = Namespaces.McpttUserProfile,
    };

    public static IReadOnlyDictionary<string, string> All => Bindings;

    public static string? Lookup(string prefix) => Bindings.GetValueOrDefault(prefix);

    /// <summary>The binding in scope (<paramref name="inScope"/>), else the well-known one, else null.</summary>
    public static string? Resolve(string prefix, string? inScope) => inScope ?? Lookup(prefix);

    /// <summary>The resolver every data reference is parsed with: <see cref="Resolve"/> over <paramref name="inScope"/>.</summary>
    public static Func<string, string?> After(Func<string, string?> inScope) => prefix => Resolve(prefix, inScope(prefix));
}
