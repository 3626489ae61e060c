using System.Xml.Linq;

namespace GupSoap.Core.DataReferences;

/// <summary>Predicate <c>[child='literal']</c>: some child element so named has a string value equal to the literal, ordinally (PROTOCOL.md data references; TS 23.240 §4.1.3; SECURITY.md X1).</summary>
public sealed record ChildPredicate : Predicate
{
    public ChildPredicate(XName name, string literal)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(literal);
        Name = name;
        Literal = literal;
    }

    public XName Name { get; }

    public string Literal { get; }

    public override string ToString() => $"[{Name}={DataReferenceText.Quote(Literal)}]";
}
