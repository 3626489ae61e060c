using System.Xml.Linq;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The parsed, immutable content of one gup:AuthorizationRules component (TS 23.240 §4.1.4 common or
/// subscriber-specific privacy rules): an optional default effect and the rules. Parse once and cache.
/// </summary>
public sealed class AuthorizationRules
{
    public AuthorizationRules(Effect? defaultEffect, IEnumerable<AuthorizationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        DefaultEffect = defaultEffect;
        Rules = rules.ToArray().AsReadOnly();
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentException("A rule is null.", nameof(rules));
        }
    }

    /// <summary>No rules and no default: on its own it denies everything.</summary>
    public static AuthorizationRules Empty { get; } = new(null, []);

    /// <summary>What decides when no rule matches; null leaves it to the other rule set, and finally to Deny.</summary>
    public Effect? DefaultEffect { get; }

    public IReadOnlyList<AuthorizationRule> Rules { get; }

    /// <summary>
    /// Reads a gup:AuthorizationRules element. Data references resolve their prefixes in scope of their Select
    /// element, then the well-known ones. Anything malformed gives an Error, never an exception.
    /// </summary>
    public static (AuthorizationRules? Rules, string? Error) Read(XElement rulesElement)
    {
        ArgumentNullException.ThrowIfNull(rulesElement);
        return AuthorizationRulesReader.Read(rulesElement);
    }
}
