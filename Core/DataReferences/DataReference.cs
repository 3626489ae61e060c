using System.Text;

namespace GupSoap.Core.DataReferences;

/// <summary>
/// A parsed data reference, normalised: the step naming the component (null for the whole profile) and the steps
/// below it (PROTOCOL.md data references; TS 23.240 §4.1.3). Both written forms, <c>/gup:Profile/p:C/…</c> and
/// <c>/p:C/…</c>, give equal references.
/// </summary>
public sealed record DataReference
{
    private readonly Step[] _steps;

    /// <param name="componentStep">The element step naming the component, or null for the whole profile.</param>
    /// <param name="steps">Steps below the component; only the last may be an attribute step.</param>
    public DataReference(Step? componentStep, IEnumerable<Step> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps.ToArray();
        if (componentStep is null && _steps.Length > 0)
        {
            throw new ArgumentException("Steps below a component need a component step.", nameof(steps));
        }

        if (componentStep is { IsAttribute: true })
        {
            throw new ArgumentException("The component step must be an element step.", nameof(componentStep));
        }

        for (var i = 0; i < _steps.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_steps[i], nameof(steps));
            if (_steps[i].IsAttribute && i != _steps.Length - 1)
            {
                throw new ArgumentException("Only the last step may be an attribute step.", nameof(steps));
            }
        }

        ComponentStep = componentStep;
    }

    /// <summary>The whole profile: <c>/</c> or <c>/gup:Profile</c>.</summary>
    public static DataReference WholeProfile { get; } = new(null, []);

    /// <summary>The step naming the component type (a name or <c>*</c>, with its predicate); null for the whole profile.</summary>
    public Step? ComponentStep { get; }

    /// <summary>The steps below the component; empty when the component itself (or the whole profile) is addressed.</summary>
    public IReadOnlyList<Step> Steps => _steps;

    public bool IsWholeProfile => ComponentStep is null;

    /// <summary>True when the last step selects an attribute.</summary>
    public bool TargetsAttribute => _steps.Length > 0 && _steps[^1].IsAttribute;

    /// <summary>The reference without its last step; the parent of the component (or of the whole profile) is the whole profile.</summary>
    public DataReference Parent() =>
        _steps.Length == 0 ? WholeProfile : new DataReference(ComponentStep, _steps[..^1]);

    public bool Equals(DataReference? other) =>
        other is not null && Equals(ComponentStep, other.ComponentStep) && _steps.AsSpan().SequenceEqual(other._steps);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ComponentStep);
        foreach (var step in _steps)
        {
            hash.Add(step);
        }

        return hash.ToHashCode();
    }

    /// <summary>Canonical form with Clark names, e.g. <c>/{urn:x}C/{urn:x}b[2]/@id</c>; <c>/</c> for the whole profile. For logs and errors.</summary>
    public override string ToString()
    {
        if (ComponentStep is null)
        {
            return "/";
        }

        var text = new StringBuilder().Append('/').Append(ComponentStep);
        foreach (var step in _steps)
        {
            text.Append('/').Append(step);
        }

        return text.ToString();
    }
}
