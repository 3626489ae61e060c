namespace GupSoap.Core.DataReferences;

/// <summary>Canonical text of data reference parts, for logs and error messages only, never evaluated.</summary>
internal static class DataReferenceText
{
    /// <summary>Quotes with <c>'</c>, or with <c>"</c> when the literal holds an apostrophe (as the grammar allows).</summary>
    public static string Quote(string literal) =>
        literal.Contains('\'', StringComparison.Ordinal) ? $"\"{literal}\"" : $"'{literal}'";
}
