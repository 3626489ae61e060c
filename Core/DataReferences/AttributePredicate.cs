using System.Xml.Linq;

namespace GupSoap.Core.DataReferences;

/// <summary>Predicate <c>[@attr='literal']</c>: the attribute exists and its value equals the literal, ordinally (PROTOCOL.md data references; TS 23.240 §4.1.3; SECURITY.md X1).</summary>
public sealed record AttributePredicate : Predicate
{
    public AttributePredicate(XName name, string literal)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(literal);
        Name = name;
        Literal = literal;
    }

    public XName Name { get; }

    public string Literal { get; }

    public override string ToString() => $"[@{Name}={DataReferenceText.Quote(Literal)}]";
}
