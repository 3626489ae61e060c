namespace GupSoap.Core.DataReferences;

/// <summary>Positional predicate <c>[n]</c>: the n-th (1-based) sibling matching the step, per parent (PROTOCOL.md data references; TS 23.240 §4.1.3).</summary>
public sealed record PositionPredicate : Predicate
{
    /// <summary>Largest position the grammar accepts.</summary>
    public const int MaxPosition = 1_000_000;

    public PositionPredicate(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, MaxPosition);
        Position = position;
    }

    public int Position { get; }

    public override string ToString() => $"[{Position}]";
}
