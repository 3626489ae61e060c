using System.Globalization;

namespace GupSoap.Core.DataReferences;

/// <summary>
/// Every parse error text in one place. Positions are 1-based character numbers; a message never echoes more than
/// <see cref="MaxEcho"/> characters of the input (SECURITY.md X: short answers, nothing reflected at length).
/// </summary>
internal static class DataReferenceErrors
{
    public const int MaxEcho = 32;

    public const string Empty = "The data reference is empty.";

    public static string TooLong(int length, int max) =>
        Format($"The data reference is {length} characters long; at most {max} are allowed.");

    public static string TooManySteps(int max, int index) =>
        Format($"More than {max} steps (step starting at character {index + 1}).");

    public static string TrailingSlash(int index) =>
        Format($"Trailing '/' at character {index + 1}: a step must follow.");

    public static string DoubleSlash(int index) =>
        Format($"'//' at character {index + 1}: only child steps are allowed.");

    public static string EmptyStep(int index) => Format($"Empty step at character {index + 1}.");

    public static string Dot(int index) =>
        Format($"'.' or '..' at character {index + 1}: only child steps are allowed.");

    public static string Axis(int index) => Format($"Axis '::' at character {index + 1} is not allowed.");

    public static string PrefixWildcard(int index) =>
        Format($"'prefix:*' at character {index + 1} is not allowed; use '*'.");

    public static string WildcardPrefix(int index) => Format($"'*:name' at character {index + 1} is not allowed.");

    public static string AttributeWildcard(int index) =>
        Format($"'@*' at character {index + 1} is not allowed: name the attribute.");

    public static string PredicateWildcard(int index) =>
        Format($"Wildcard at character {index + 1}: a predicate must name its attribute or child.");

    public static string AttributeNotLast(int index) =>
        Format($"'/' at character {index + 1} follows an attribute step; an attribute step must be the last.");

    public static string PredicateOnAttribute(int index) =>
        Format($"Predicate at character {index + 1}: attribute steps take no predicate.");

    public static string TwoPredicates(int index) =>
        Format($"Second predicate at character {index + 1}: at most one predicate per step.");

    public static string ProfilePredicate(int index) =>
        Format($"Predicate at character {index + 1}: gup:Profile takes no predicate.");

    public static string ComponentIsAttribute(int index) =>
        Format($"Attribute step at character {index + 1}: this step must name a component.");

    public static string UnknownPrefix(string prefix, int index) =>
        Format($"Unknown namespace prefix '{Clip(prefix)}' at character {index + 1}.");

    public static string ReservedName(int index) =>
        Format($"Name at character {index + 1} uses the reserved 'xmlns'.");

    public static string BadPosition(int index) =>
        Format($"Position at character {index + 1} must be a whole number from 1, without leading zeros.");

    public static string PositionTooLarge(int index) =>
        Format($"Position at character {index + 1} exceeds {PositionPredicate.MaxPosition}.");

    public static string UnterminatedLiteral(int index) =>
        Format($"Literal starting at character {index + 1} is not terminated.");

    public static string UnterminatedPredicate(int index) =>
        Format($"Predicate starting at character {index + 1} is not terminated.");

    /// <summary>
    /// The character at <paramref name="index"/> does not fit: names what it is when it belongs to a forbidden
    /// construct (whitespace, function, union, variable, operator, control character), else what was expected.
    /// </summary>
    public static string Unexpected(string text, int index, string expected)
    {
        var c = text[index];
        var at = index + 1;
        return c switch
        {
            '(' or ')' => Format($"Functions and parentheses are not allowed (character {at})."),
            '|' => Format($"Unions ('|') are not allowed (character {at})."),
            '$' => Format($"Variables ('$') are not allowed (character {at})."),
            '=' or '!' or '<' or '>' => Format($"Operator '{c}' at character {at} is not allowed here."),
            '.' => Dot(index),
            _ when char.IsWhiteSpace(c) => Format($"Whitespace at character {at} is not allowed outside literals."),
            _ when char.IsControl(c) => Format($"Control character U+{(int)c:X4} at character {at}."),
            _ when char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => Format($"Invalid character U+{(int)c:X4} at character {at}."),
            // Only printable ASCII is echoed as is, so no bidi or look-alike character reaches a log verbatim.
            _ when c is > ' ' and < '\u007F' => Format($"Expected {expected} at character {at}, found '{c}'."),
            _ => Format($"Expected {expected} at character {at}, found U+{(int)c:X4}."),
        };
    }

    /// <summary>Literal content may be anything printable; control characters and broken surrogates are refused.</summary>
    public static string BadLiteralCharacter(char c, int index) =>
        Format($"{(char.IsControl(c) ? "Control" : "Invalid")} character U+{(int)c:X4} in the literal at character {index + 1}.");

    public static string EndOfInput(string expected) => Format($"Unexpected end of the data reference: expected {expected}.");

    private static string Clip(string value) => value.Length <= MaxEcho ? value : string.Concat(value.AsSpan(0, MaxEcho), "…");

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
