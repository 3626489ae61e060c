using GupSoap.Core.DataReferences;

namespace GupSoap.Tests.Unit.DataReferences;

/// <summary>The namespace bindings the data reference tests resolve prefixes against.</summary>
internal static class TestPrefixes
{
    public const string P = "urn:example:p";
    public const string Q = "urn:example:q";

    private static readonly Dictionary<string, string> Bindings = new(StringComparer.Ordinal)
    {
        ["gup"] = DataReferenceParser.GupNamespace,
        ["g"] = DataReferenceParser.GupNamespace,
        ["p"] = P,
        ["q"] = Q,
        ["x"] = "urn:example:x",
        ["y"] = "urn:example:y",
    };

    public static string? Resolve(string prefix) => Bindings.GetValueOrDefault(prefix);

    public static DataReferenceParseResult Parse(string text) => DataReferenceParser.Parse(text, Resolve);

    public static DataReference ParseOk(string text)
    {
        var result = Parse(text);
        Assert.IsTrue(result.Success, result.Error);
        return result.Reference;
    }
}
