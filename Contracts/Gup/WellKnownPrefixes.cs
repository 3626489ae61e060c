namespace GupSoap.Contracts.Gup;

/// <summary>
/// Prefixes a data reference may use without declaring them (PROTOCOL.md namespace table). A binding in scope of
/// the Select element always wins; these only fill in for clients whose toolkits cannot declare prefixes for
/// text content (zeep, many SoapUI suites). Any other undeclared prefix is still an <c>InvalidSelect</c>.
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

    /// <summary>The resolver every data reference is parsed with: the binding in scope, else the well-known one.</summary>
    public static Func<string, string?> After(Func<string, string?> inScope) => prefix => inScope(prefix) ?? Lookup(prefix);
}
