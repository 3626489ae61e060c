using System.Diagnostics.CodeAnalysis;

namespace GupSoap.Core.DataReferences;

/// <summary>Outcome of parsing a data reference: the reference, or why it is an <c>InvalidSelect</c> (PROTOCOL.md data references; SECURITY.md X).</summary>
public sealed record DataReferenceParseResult
{
    private DataReferenceParseResult(DataReference? reference, string? error)
    {
        Reference = reference;
        Error = error;
    }

    [MemberNotNullWhen(true, nameof(Reference))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Reference is not null;

    public DataReference? Reference { get; }

    /// <summary>Short, human-readable reason with the character position; echoes at most 64 characters of the input.</summary>
    public string? Error { get; }

    public static DataReferenceParseResult Ok(DataReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new(reference, null);
    }

    public static DataReferenceParseResult Fail(string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return new(null, error);
    }
}
