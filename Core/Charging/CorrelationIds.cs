namespace GupSoap.Core.Charging;

/// <summary>
/// Correlation ids of charging records (TS 23.240 §4.1.9): generated where an operation starts, carried to RAFs on Rp
/// in the <see cref="Header"/> HTTP header (or handed over in process), and accepted from a caller only when it is
/// the deployment's own GUP Server relaying, and only in a plain form.
/// </summary>
public static class CorrelationIds
{
    /// <summary>The HTTP header that carries the id on Rp.</summary>
    public const string Header = "GupSoap-Correlation-Id";

    public const int MaxLength = 64;

    /// <summary>
    /// A new id, time-ordered (UUID version 7): the records' correlation index then grows at its end instead of at a
    /// random page per record, which was most of the cost of writing a record.
    /// </summary>
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>The id a caller sent, when it has a plain form (letters, digits, '-', '.', '_'); else null.</summary>
    public static string? Accept(string? text) =>
        text is { Length: > 0 and <= MaxLength } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') ? text : null;
}
