using System.Xml.Linq;

namespace GupSoap.Core.DataReferences;

/// <summary>One child-axis step of a data reference: a named element, any element (<c>*</c>) or, last, an attribute (PROTOCOL.md data references; TS 23.240 §4.1.3).</summary>
public sealed record Step
{
    private Step(XName? name, bool isAttribute, Predicate? predicate)
    {
        Name = name;
        IsAttribute = isAttribute;
        Predicate = predicate;
    }

    /// <summary>The element or attribute name; null for the <c>*</c> wildcard. Unprefixed names are in no namespace.</summary>
    public XName? Name { get; }

    public bool IsAttribute { get; }

    /// <summary>At most one predicate; never on an attribute step.</summary>
    public Predicate? Predicate { get; }

    public bool IsWildcard => Name is null;

    public static Step Element(XName name, Predicate? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new Step(name, false, predicate);
    }

    public static Step AnyElement(Predicate? predicate = null) => new(null, false, predicate);

    public static Step Attribute(XName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new Step(name, true, null);
    }

    /// <summary>Canonical form with Clark names: <c>{ns}local[...]</c>, <c>*</c>, <c>@{ns}local</c>.</summary>
    public override string ToString() =>
        IsAttribute ? $"@{Name}" : $"{(Name is null ? "*" : Name.ToString())}{Predicate}";
}
