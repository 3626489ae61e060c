using System.Text.RegularExpressions;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Schemas;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// How the façade names user profiles in the GUP store: component type <c>mcpttup:mcptt-user-profile</c>, one document
/// per profile id, addressed by <c>/mcpttup:mcptt-user-profile[@profileId='P']</c>.
/// </summary>
internal static partial class ProfileSelect
{
    public const string Prefix = "mcpttup";

    public static readonly XName Type = ComponentTypeNames.McpttUserProfile;

    private static readonly Dictionary<string, string> Bindings = new(StringComparer.Ordinal) { [Prefix] = ComponentTypeNames.McpttUserProfileNamespace };

    /// <summary>Every profile of the resource.</summary>
    public static DataSelect All => new($"/{Prefix}:{Type.LocalName}", Bindings);

    /// <summary>The profile <paramref name="profileId"/>, which must satisfy <see cref="IsValidId"/> (it becomes a literal).</summary>
    public static DataSelect Of(string profileId)
    {
        if (!IsValidId(profileId))
        {
            throw new ArgumentException("Not a valid profile id.", nameof(profileId));
        }

        return new DataSelect($"/{Prefix}:{Type.LocalName}[@profileId='{profileId}']", Bindings);
    }

    /// <summary>The same lexical space as <c>mcpttup:ProfileIdType</c>: never a quote, so always a safe literal.</summary>
    public static bool IsValidId(string? profileId) => profileId is not null && IdPattern().IsMatch(profileId);

    /// <summary>The profile id a select from <see cref="Of"/> names; null for <see cref="All"/> or anything else.</summary>
    public static string? ProfileIdOf(DataSelect select)
    {
        var (reference, _) = DataSelectReader.Read(select);
        return reference is { ComponentStep: { Name: var name, Predicate: AttributePredicate predicate }, Steps.Count: 0 } && name == Type && predicate.Name == "profileId"
            ? predicate.Literal
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._~:\\-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
