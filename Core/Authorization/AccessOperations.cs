using System.Collections.Frozen;

namespace GupSoap.Core.Authorization;

/// <summary>The operation tokens of a gup:Rule (TS 23.240 §4.1.4; gup:RuleOperationType).</summary>
public static class AccessOperations
{
    /// <summary>The token that covers every operation; <see cref="FromRule"/> leaves it to the caller.</summary>
    public const string AllToken = "All";

    /// <summary>Every operation, as the <c>All</c> token means.</summary>
    public static IReadOnlySet<AccessOperation> Every { get; } =
        Enum.GetValues<AccessOperation>().ToFrozenSet();

    /// <summary>The operation a token names (exact, case-sensitive, surrounding whitespace ignored as for xs:token); null for <c>All</c> and unknown tokens.</summary>
    public static AccessOperation? FromRule(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Trim() switch
        {
            "Create" => AccessOperation.Create,
            "Delete" => AccessOperation.Delete,
            "Modify" => AccessOperation.Modify,
            "List" => AccessOperation.List,
            "Query" => AccessOperation.Query,
            "Subscribe" => AccessOperation.Subscribe,
            _ => null,
        };
    }

    /// <summary>The operations a token covers: one, all six for <c>All</c>, none for an unknown token.</summary>
    internal static IEnumerable<AccessOperation> Covered(string token) =>
        token.Trim() == AllToken ? Every : FromRule(token) is { } one ? [one] : [];
}
