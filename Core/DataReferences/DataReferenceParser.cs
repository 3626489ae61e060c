using System.Diagnostics.CodeAnalysis;
using System.Xml.Linq;

namespace GupSoap.Core.DataReferences;

/// <summary>
/// Parses the restricted data-reference grammar (PROTOCOL.md data references; TS 23.240 §4.1.3; SECURITY.md X1–X5)
/// with a hand-written, single-pass scanner: linear time, no regular expressions, no XPath. Every malformed input
/// gives a failed result, never an exception.
/// </summary>
public static class DataReferenceParser
{
    /// <summary>The namespace of the <c>gup:Profile</c> envelope.</summary>
    public const string GupNamespace = "urn:3gpp:gup:2006-08";

    private static readonly XName ProfileName = XName.Get("Profile", GupNamespace);

    /// <summary>Parses with the default limits (512 characters, 16 steps).</summary>
    /// <param name="resolvePrefix">Namespace URI of a prefix in scope of the carrying element, null when unbound.</param>
    public static DataReferenceParseResult Parse(string? text, Func<string, string?> resolvePrefix) =>
        Parse(text, resolvePrefix, DataReferenceLimits.Default);

    /// <param name="resolvePrefix">Namespace URI of a prefix in scope of the carrying element, null when unbound.</param>
    public static DataReferenceParseResult Parse(string? text, Func<string, string?> resolvePrefix, DataReferenceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(resolvePrefix);
        ArgumentNullException.ThrowIfNull(limits);
        if (string.IsNullOrEmpty(text))
        {
            return DataReferenceParseResult.Fail(DataReferenceErrors.Empty);
        }

        // Checked before scanning so an oversized input costs nothing more.
        if (text.Length > limits.MaxLength)
        {
            return DataReferenceParseResult.Fail(DataReferenceErrors.TooLong(text.Length, limits.MaxLength));
        }

        var scanner = new DataReferenceScanner(text, resolvePrefix);
        if (!scanner.Expect('/', "an absolute path starting with '/'"))
        {
            return DataReferenceParseResult.Fail(scanner.Error!);
        }

        return scanner.AtEnd ? DataReferenceParseResult.Ok(DataReference.WholeProfile) : ParseSteps(scanner, limits);
    }

    private static DataReferenceParseResult ParseSteps(DataReferenceScanner scanner, DataReferenceLimits limits)
    {
        var steps = new List<Step>();
        var profileForm = false;
        while (true)
        {
            var start = scanner.Index;
            if (steps.Count == limits.MaxSteps)
            {
                return DataReferenceParseResult.Fail(DataReferenceErrors.TooManySteps(limits.MaxSteps, start));
            }

            var isFirst = steps.Count == 0;
            if (!TryReadStep(scanner, isFirst, out var step))
            {
                return DataReferenceParseResult.Fail(scanner.Error!);
            }

            if (isFirst && step.Name == ProfileName && !step.IsAttribute)
            {
                profileForm = true;
            }
            else if (step.IsAttribute && steps.Count == (profileForm ? 1 : 0))
            {
                return DataReferenceParseResult.Fail(DataReferenceErrors.ComponentIsAttribute(start));
            }

            steps.Add(step);
            if (scanner.AtEnd)
            {
                break;
            }

            if (!scanner.Is('/'))
            {
                scanner.FailExpected(step.IsAttribute ? "the end after an attribute step" : "'/' or the end");
                return DataReferenceParseResult.Fail(scanner.Error!);
            }

            if (step.IsAttribute)
            {
                return DataReferenceParseResult.Fail(DataReferenceErrors.AttributeNotLast(scanner.Index));
            }

            scanner.Advance();
        }

        var below = profileForm ? steps.Skip(1).ToList() : steps;
        return DataReferenceParseResult.Ok(below.Count == 0
            ? DataReference.WholeProfile
            : new DataReference(below[0], below.Skip(1)));
    }

    /// <summary>Reads one step after its '/': <c>@qname</c>, or <c>*</c> / <c>qname</c> with an optional predicate.</summary>
    private static bool TryReadStep(DataReferenceScanner scanner, bool isFirst, [NotNullWhen(true)] out Step? step)
    {
        step = null;
        if (scanner.AtEnd)
        {
            return scanner.Fail(DataReferenceErrors.TrailingSlash(scanner.Index - 1));
        }

        if (scanner.Is('/'))
        {
            return scanner.Fail(DataReferenceErrors.DoubleSlash(scanner.Index - 1));
        }

        if (scanner.Is('['))
        {
            return scanner.Fail(DataReferenceErrors.EmptyStep(scanner.Index));
        }

        if (scanner.Is('@'))
        {
            return TryReadAttributeStep(scanner, out step);
        }

        XName? name = null;
        if (scanner.Is('*'))
        {
            scanner.Advance();
            if (scanner.Is(':'))
            {
                return scanner.Fail(DataReferenceErrors.WildcardPrefix(scanner.Index - 1));
            }
        }
        else if (!scanner.IsNameStart())
        {
            return scanner.FailExpected("a step (a name, '*' or '@attribute')");
        }
        else if (!scanner.TryReadQName(isAttribute: false, out name))
        {
            return false;
        }

        Predicate? predicate = null;
        if (scanner.Is('['))
        {
            if (isFirst && name == ProfileName)
            {
                return scanner.Fail(DataReferenceErrors.ProfilePredicate(scanner.Index));
            }

            if (!TryReadPredicate(scanner, out predicate))
            {
                return false;
            }

            if (scanner.Is('['))
            {
                return scanner.Fail(DataReferenceErrors.TwoPredicates(scanner.Index));
            }
        }

        step = name is null ? Step.AnyElement(predicate) : Step.Element(name, predicate);
        return true;
    }

    private static bool TryReadAttributeStep(DataReferenceScanner scanner, [NotNullWhen(true)] out Step? step)
    {
        step = null;
        scanner.Advance();
        if (scanner.Is('*'))
        {
            return scanner.Fail(DataReferenceErrors.AttributeWildcard(scanner.Index - 1));
        }

        if (!scanner.TryReadQName(isAttribute: true, out var name))
        {
            return false;
        }

        if (scanner.Is('['))
        {
            return scanner.Fail(DataReferenceErrors.PredicateOnAttribute(scanner.Index));
        }

        step = Step.Attribute(name);
        return true;
    }

    /// <summary>Reads <c>[n]</c>, <c>[@qname='literal']</c> or <c>[qname='literal']</c>, starting at its '['.</summary>
    private static bool TryReadPredicate(DataReferenceScanner scanner, [NotNullWhen(true)] out Predicate? predicate)
    {
        predicate = null;
        var open = scanner.Index;
        scanner.Advance();
        if (scanner.AtEnd)
        {
            return scanner.Fail(DataReferenceErrors.UnterminatedPredicate(open));
        }

        if (scanner.Is('-') || scanner.Is('0'))
        {
            return scanner.Fail(DataReferenceErrors.BadPosition(scanner.Index));
        }

        if (scanner.Is('*'))
        {
            return scanner.Fail(DataReferenceErrors.PredicateWildcard(scanner.Index));
        }

        var isAttribute = scanner.Is('@');
        if (isAttribute)
        {
            scanner.Advance();
            if (scanner.Is('*'))
            {
                return scanner.Fail(DataReferenceErrors.AttributeWildcard(scanner.Index - 1));
            }
        }
        else if (!scanner.IsNameStart())
        {
            if (!scanner.TryReadPosition(out var position))
            {
                return false;
            }

            if (position == 0)
            {
                return scanner.FailExpected("a position, '@attribute' or a child name");
            }

            predicate = new PositionPredicate(position);
            return TryClose(scanner, open);
        }

        if (!scanner.TryReadQName(isAttribute, out var name))
        {
            return false;
        }

        if (scanner.AtEnd)
        {
            return scanner.Fail(DataReferenceErrors.UnterminatedPredicate(open));
        }

        if (!scanner.Expect('=', "'='"))
        {
            return false;
        }

        if (scanner.AtEnd)
        {
            return scanner.Fail(DataReferenceErrors.UnterminatedPredicate(open));
        }

        if (!scanner.TryReadLiteral(out var literal))
        {
            return false;
        }

        predicate = isAttribute ? new AttributePredicate(name, literal) : new ChildPredicate(name, literal);
        return TryClose(scanner, open);
    }

    private static bool TryClose(DataReferenceScanner scanner, int open) =>
        scanner.AtEnd ? scanner.Fail(DataReferenceErrors.UnterminatedPredicate(open)) : scanner.Expect(']', "']'");
}
