using GupSoap.Schemas;

namespace GupSoap.Contracts.Gup;

/// <summary>
/// Prefixes a data reference or an <c>xs:QName</c> value (Rp <c>ComponentType</c>, Rg <c>objectType</c>, List
/// <c>ComponentType</c>, Define Data <c>Name</c>) may use without declaring them (PROTOCOL.md namespace table). A
/// binding in scope of the element always wins; these only fill in for clients whose toolkits cannot declare prefixes
/// for text content (zeep, node-soap, many SoapUI suites). Any other undeclared prefix is still refused. The one rule
/// (<see cref="Resolve"/>) of every place that resolves a prefix a client wrote; the table is declared, not listed here:
/// the prefix each component schema binds to its target namespace (<see cref="DeclaredComponentTypes"/>) — <c>gup</c>,
/// <c>sub</c>, <c>pres</c>, <c>lcs</c>, <c>mcpttup</c> from the built-in schemas, and those of the operator's own.
/// </summary>
public static class WellKnownPrefixes
{
    public static IReadOnlyDictionary<string, string> All => DeclaredComponentTypes.Prefixes;

    public static string? Lookup(string prefix) => DeclaredComponentTypes.NamespaceOf(prefix);

    /// <summary>The binding in scope (<paramref name="inScope"/>), else the well-known one, else null.</summary>
    public static string? Resolve(string prefix, string? inScope) => inScope ?? Lookup(prefix);

    /// <summary>The resolver every data reference is parsed with: <see cref="Resolve"/> over <paramref name="inScope"/>.</summary>
    public static Func<string, string?> After(Func<string, string?> inScope) => prefix => Resolve(prefix, inScope(prefix));
}
