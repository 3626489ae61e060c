namespace GupSoap.Bench;

/// <summary>How one request ended: a correct answer, or which kind of error (with a short description).</summary>
internal readonly record struct LoadAnswer(LoadOutcome Outcome, string? Detail)
{
    public static LoadAnswer Ok { get; } = new(LoadOutcome.Ok, null);

    public bool IsOk => Outcome == LoadOutcome.Ok;
}
