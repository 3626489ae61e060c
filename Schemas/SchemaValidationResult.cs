namespace GupSoap.Schemas;

/// <summary>Outcome of checking a component document against its component type's schema (TS 23.240 §4.1.1).</summary>
public sealed class SchemaValidationResult
{
    private SchemaValidationResult(bool isValid, string? error)
    {
        IsValid = isValid;
        Error = error;
    }

    public static SchemaValidationResult Success { get; } = new(true, null);

    /// <summary>True when the document matches its schema.</summary>
    public bool IsValid { get; }

    /// <summary>When invalid: a short message naming the element or attribute that failed; quoted data is cut to 64 characters.</summary>
    public string? Error { get; }

    public static SchemaValidationResult Failure(string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return new SchemaValidationResult(false, error);
    }

    public override string ToString() => IsValid ? "valid" : Error!;
}
