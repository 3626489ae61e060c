using System.Diagnostics.CodeAnalysis;
using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Core.DataReferences;

/// <summary>
/// Character-level reading for <see cref="DataReferenceParser"/>: names, literals, positions. Each method moves
/// forward only, so a parse is one pass over the input; a failure records its message and returns false.
/// </summary>
internal sealed class DataReferenceScanner(string text, Func<string, string?> resolvePrefix)
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const int MaxPositionDigits = 7;

    public int Index { get; private set; }

    public string? Error { get; private set; }

    public bool AtEnd => Index >= text.Length;

    public bool Is(char c) => Index < text.Length && text[Index] == c;

    /// <remarks>Names are BMP characters only: <see cref="XName"/> refuses supplementary characters in names.</remarks>
    public bool IsNameStart() => Index < text.Length && XmlConvert.IsStartNCNameChar(text[Index]);

    public void Advance() => Index++;

    public bool Fail(string error)
    {
        Error = error;
        return false;
    }

    /// <summary>Fails on the current character (or the end) as not being <paramref name="expected"/>.</summary>
    public bool FailExpected(string expected) =>
        Fail(AtEnd ? DataReferenceErrors.EndOfInput(expected) : DataReferenceErrors.Unexpected(text, Index, expected));

    public bool Expect(char c, string expected)
    {
        if (!Is(c))
        {
            return FailExpected(expected);
        }

        Index++;
        return true;
    }

    /// <summary>Reads <c>prefix:local</c> or <c>local</c> (no namespace) and resolves the prefix; <c>xml</c> is always bound.</summary>
    public bool TryReadQName(bool isAttribute, [NotNullWhen(true)] out XName? name)
    {
        name = null;
        var start = Index;
        if (!TryReadNcName(out var first))
        {
            return false;
        }

        if (!Is(':'))
        {
            if (isAttribute && first == "xmlns")
            {
                return Fail(DataReferenceErrors.ReservedName(start));
            }

            name = XName.Get(first);
            return true;
        }

        var colon = Index++;
        if (Is(':'))
        {
            return Fail(DataReferenceErrors.Axis(colon));
        }

        if (Is('*'))
        {
            return Fail(DataReferenceErrors.PrefixWildcard(start));
        }

        if (!TryReadNcName(out var local))
        {
            return false;
        }

        if (first == "xmlns")
        {
            return Fail(DataReferenceErrors.ReservedName(start));
        }

        var ns = first == "xml" ? XmlNamespace : resolvePrefix(first);
        if (string.IsNullOrEmpty(ns))
        {
            return Fail(DataReferenceErrors.UnknownPrefix(first, start));
        }

        name = XName.Get(local, ns);
        return true;
    }

    /// <summary>Reads a literal in <c>'…'</c> or <c>"…"</c>: any characters but the closing quote, taken verbatim.</summary>
    public bool TryReadLiteral([NotNullWhen(true)] out string? literal)
    {
        literal = null;
        if (!Is('\'') && !Is('"'))
        {
            return FailExpected("a quoted literal");
        }

        var start = Index;
        var quote = text[Index++];
        while (Index < text.Length && text[Index] != quote)
        {
            var c = text[Index];
            if (SurrogatePairAt(Index))
            {
                Index += 2;
                continue;
            }

            if (char.IsControl(c) || !XmlConvert.IsXmlChar(c))
            {
                return Fail(DataReferenceErrors.BadLiteralCharacter(c, Index));
            }

            Index++;
        }

        if (AtEnd)
        {
            return Fail(DataReferenceErrors.UnterminatedLiteral(start));
        }

        literal = text[(start + 1)..Index];
        Index++;
        return true;
    }

    /// <summary>Reads a 1-based position: digits without a leading zero, at most <see cref="PositionPredicate.MaxPosition"/>.</summary>
    public bool TryReadPosition(out int position)
    {
        position = 0;
        var start = Index;
        if (Is('0'))
        {
            return Fail(DataReferenceErrors.BadPosition(start));
        }

        while (Index < text.Length && char.IsAsciiDigit(text[Index]))
        {
            if (Index - start == MaxPositionDigits)
            {
                return Fail(DataReferenceErrors.PositionTooLarge(start));
            }

            position = (position * 10) + (text[Index++] - '0');
        }

        return position <= PositionPredicate.MaxPosition || Fail(DataReferenceErrors.PositionTooLarge(start));
    }

    private bool TryReadNcName([NotNullWhen(true)] out string? value)
    {
        value = null;
        var start = Index;
        if (!IsNameStart())
        {
            return FailExpected("a name");
        }

        while (Index < text.Length && XmlConvert.IsNCNameChar(text[Index]))
        {
            Index++;
        }

        value = text[start..Index];
        return true;
    }

    private bool SurrogatePairAt(int index) =>
        index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]);
}
