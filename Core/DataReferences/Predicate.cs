namespace GupSoap.Core.DataReferences;

/// <summary>The one predicate a step may carry: <c>[n]</c>, <c>[@attr='v']</c> or <c>[child='v']</c> (PROTOCOL.md data references; TS 23.240 §4.1.3).</summary>
public abstract record Predicate
{
    private protected Predicate()
    {
    }
}
