namespace GupSoap.Bench;

/// <summary>How one request ended: a correct answer, or which kind of error (with a short description).</summary>
internal readonly record struct RpAnswer(RpOutcome Outcome, string? Detail)
{
    public static RpAnswer Ok { get; } = new(RpOutcome.Ok, null);

    public bool IsOk => Outcome == RpOutcome.Ok;
}
