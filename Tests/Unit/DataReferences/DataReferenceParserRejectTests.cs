namespace GupSoap.Tests.Unit.DataReferences;

/// <summary>Every construct outside the grammar, each on its own row, with the position the error must name.</summary>
[TestClass]
public sealed class DataReferenceParserRejectTests
{
    internal static void AssertRejected(string text, string expectedFragment)
    {
        var result = TestPrefixes.Parse(text);

        Assert.IsFalse(result.Success, $"Accepted: {text}");
        Assert.IsNull(result.Reference);
        Assert.IsNotNull(result.Error);
        Assert.Contains(expectedFragment, result.Error);
        Assert.IsLessThanOrEqualTo(160, result.Error.Length, result.Error);
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("p:A", "Expected an absolute path starting with '/' at character 1, found 'p'")]
    [DataRow("p:A/p:b", "starting with '/' at character 1")]
    [DataRow("gup:Profile/p:A", "starting with '/' at character 1")]
    [DataRow("*", "starting with '/' at character 1")]
    [DataRow("@id", "starting with '/' at character 1")]
    [DataRow("[1]", "starting with '/' at character 1")]
    public void Parse_EmptyOrRelative_IsRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    public void Parse_Null_IsRejected()
    {
        var result = Core.DataReferences.DataReferenceParser.Parse(null, TestPrefixes.Resolve);
        Assert.IsFalse(result.Success);
        Assert.Contains("empty", result.Error);
    }

    [TestMethod]
    [DataRow("//p:A", "'//' at character 1")]
    [DataRow("/p:A//p:b", "'//' at character 5")]
    [DataRow("/gup:Profile//p:A", "'//' at character 13")]
    [DataRow("/p:A//", "'//' at character 5")]
    [DataRow("/..", "'.' or '..' at character 2")]
    [DataRow("/.", "'.' or '..' at character 2")]
    [DataRow("/p:A/..", "'.' or '..' at character 6")]
    [DataRow("/p:A/.", "'.' or '..' at character 6")]
    [DataRow("/p:A/p:b/..", "'.' or '..' at character 10")]
    [DataRow("/p:A[.='x']", "'.' or '..' at character 6")]
    [DataRow("/child::p:A", "Axis '::' at character 7")]
    [DataRow("/p:A/descendant::p:b", "Axis '::' at character 16")]
    [DataRow("/p:A/attribute::id", "Axis '::' at character 15")]
    [DataRow("/p:A/parent::*", "Axis '::' at character 12")]
    [DataRow("/p:A/self::node()", "Axis '::' at character 10")]
    public void Parse_OtherAxes_AreRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    [DataRow("/count(/p:A)", "Functions and parentheses are not allowed (character 7)")]
    [DataRow("/p:A[position()=1]", "Functions and parentheses are not allowed (character 14)")]
    [DataRow("/p:A[last()]", "Functions and parentheses are not allowed (character 10)")]
    [DataRow("/p:A/p:b[contains(@id,'x')]", "Functions and parentheses are not allowed (character 18)")]
    [DataRow("/p:A[text()='x']", "Functions and parentheses are not allowed (character 10)")]
    [DataRow("/p:A/comment()", "Functions and parentheses are not allowed (character 13)")]
    [DataRow("/p:A/node()", "Functions and parentheses are not allowed (character 10)")]
    [DataRow("/p:A|/q:B", "Unions ('|') are not allowed (character 5)")]
    [DataRow("/p:A[@id='x']|/p:A", "Unions ('|') are not allowed (character 14)")]
    [DataRow("/$v", "Variables ('$') are not allowed (character 2)")]
    [DataRow("/p:A[@id=$v]", "Variables ('$') are not allowed (character 10)")]
    [DataRow("/p:A='x'", "Operator '=' at character 5")]
    [DataRow("/p:A/p:b='x'", "Operator '=' at character 9")]
    [DataRow("/p:A[@id='x']=1", "Operator '=' at character 14")]
    [DataRow("/p:A[1=1]", "Operator '=' at character 7")]
    [DataRow("/p:A[@id!='x']", "Operator '!' at character 9")]
    [DataRow("/p:A[@id<'x']", "Operator '<' at character 9")]
    [DataRow("/p:A[@id>'x']", "Operator '>' at character 9")]
    [DataRow("/p:A[@id='1' and @n='2']", "Whitespace at character 13")]
    [DataRow("/p:A[@id='1' or @n='2']", "Whitespace at character 13")]
    [DataRow("/p:A[@id='1'and@n='2']", "Expected ']' at character 13, found 'a'")]
    [DataRow("/p:A[@id='1']or/p:B", "Expected '/' or the end at character 14, found 'o'")]
    [DataRow("/p:A[@id=concat('a','b')]", "Expected a quoted literal at character 10, found 'c'")]
    [DataRow("/p:A[@id=1]", "Expected a quoted literal at character 10, found '1'")]
    [DataRow("/p:A/p:b[@id=&apos;x&apos;]", "Expected a quoted literal at character 14, found '&'")]
    public void Parse_FunctionsUnionsVariablesOperators_AreRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    [DataRow("/p:A/", "Trailing '/' at character 5")]
    [DataRow("/gup:Profile/", "Trailing '/' at character 13")]
    [DataRow("/p:A/p:b/", "Trailing '/' at character 9")]
    [DataRow("/[1]", "Empty step at character 2")]
    [DataRow("/p:A/[1]", "Empty step at character 6")]
    [DataRow("/p:A[1][2]", "Second predicate at character 8")]
    [DataRow("/p:A/p:b[@id='x'][1]", "Second predicate at character 18")]
    [DataRow("/p:A[@id='x'][p:c='y']", "Second predicate at character 14")]
    [DataRow("/p:A/@id/p:b", "'/' at character 9 follows an attribute step")]
    [DataRow("/p:A/@id/@q:x", "'/' at character 9 follows an attribute step")]
    [DataRow("/p:A/@id[1]", "Predicate at character 9: attribute steps take no predicate")]
    [DataRow("/p:A/@id[@x='1']", "Predicate at character 9: attribute steps take no predicate")]
    [DataRow("/p:A/@*", "'@*' at character 6")]
    [DataRow("/p:A/p:*", "'prefix:*' at character 6")]
    [DataRow("/p:*", "'prefix:*' at character 2")]
    [DataRow("/p:A/*:b", "'*:name' at character 6")]
    [DataRow("/*:A", "'*:name' at character 2")]
    [DataRow("/p:A/p:b[*='x']", "Wildcard at character 10")]
    [DataRow("/p:A/p:b[@*='x']", "'@*' at character 10")]
    [DataRow("/p:A/p:b[p:*='x']", "'prefix:*' at character 10")]
    [DataRow("/p:A[p:b[1]='x']", "Expected '=' at character 9, found '['")]
    [DataRow("/p:A/p:b[1]]", "Expected '/' or the end at character 12, found ']'")]
    [DataRow("/p:A]", "Expected '/' or the end at character 5, found ']'")]
    [DataRow("/p:A:b", "Expected '/' or the end at character 5, found ':'")]
    [DataRow("/@id", "Attribute step at character 2: this step must name a component")]
    public void Parse_MalformedSteps_AreRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    [DataRow("/p:A/p:b[0]", "Position at character 10 must be a whole number from 1")]
    [DataRow("/p:A/p:b[-1]", "Position at character 10 must be a whole number from 1")]
    [DataRow("/p:A/p:b[01]", "Position at character 10 must be a whole number from 1")]
    [DataRow("/p:A/p:b[0x10]", "Position at character 10 must be a whole number from 1")]
    [DataRow("/p:A/p:b[1000001]", "Position at character 10 exceeds 1000000")]
    [DataRow("/p:A/p:b[9999999]", "Position at character 10 exceeds 1000000")]
    [DataRow("/p:A/p:b[99999999999]", "Position at character 10 exceeds 1000000")]
    [DataRow("/p:A/p:b[99999999999999999999999999999999]", "Position at character 10 exceeds 1000000")]
    [DataRow("/p:A/p:b[abc]", "Expected '=' at character 13, found ']'")]
    [DataRow("/p:A/p:b[1.5]", "'.' or '..' at character 11")]
    [DataRow("/p:A/p:b[1e3]", "Expected ']' at character 11, found 'e'")]
    [DataRow("/p:A/p:b[+1]", "Expected a position, '@attribute' or a child name at character 10, found '+'")]
    [DataRow("/p:A/p:b[]", "Expected a position, '@attribute' or a child name at character 10, found ']'")]
    [DataRow("/p:A/p:b[\"x\"]", "Expected a position, '@attribute' or a child name at character 10, found '\"'")]
    [DataRow("/p:A/p:b[١]", "Expected a position, '@attribute' or a child name at character 10, found U+0661")]
    public void Parse_BadPositions_AreRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    [DataRow(" /p:A", "Whitespace at character 1")]
    [DataRow("/ p:A", "Whitespace at character 2")]
    [DataRow("/p:A ", "Whitespace at character 5")]
    [DataRow("/p:A /p:b", "Whitespace at character 5")]
    [DataRow("/p:A/ p:b", "Whitespace at character 6")]
    [DataRow("/p: A", "Whitespace at character 4")]
    [DataRow("/p:A[ 1]", "Whitespace at character 6")]
    [DataRow("/p:A[1 ]", "Whitespace at character 7")]
    [DataRow("/p:A[@ id='x']", "Whitespace at character 7")]
    [DataRow("/p:A[@id = 'x']", "Whitespace at character 9")]
    [DataRow("/p:A[@id= 'x']", "Whitespace at character 10")]
    [DataRow("/p:A[@id='x' ]", "Whitespace at character 13")]
    [DataRow("/p:A\t", "Whitespace at character 5")]
    [DataRow("/p:A\n/p:b", "Whitespace at character 5")]
    [DataRow("/p:A/p:b\r", "Whitespace at character 9")]
    [DataRow("/p:A\u00A0", "Whitespace at character 5")]
    [DataRow("/p:A\u2003/p:b", "Whitespace at character 5")]
    public void Parse_WhitespaceOutsideLiteral_IsRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    [DataRow("/1A", "Expected a step (a name, '*' or '@attribute') at character 2, found '1'")]
    [DataRow("/p:A/-b", "at character 6, found '-'")]
    [DataRow("/p:A/b%c", "Expected '/' or the end at character 7, found '%'")]
    [DataRow("/p:1b", "Expected a name at character 4, found '1'")]
    [DataRow("/p:", "expected a name")]
    [DataRow("/:A", "at character 2, found ':'")]
    [DataRow("/\"p:A\"", "at character 2, found '\"'")]
    [DataRow("/p:A/#text", "at character 6, found '#'")]
    [DataRow("/p:A/b\u202Ec", "Expected '/' or the end at character 7, found U+202E")]
    [DataRow("/p:A/b\u200Bc", "Expected '/' or the end at character 7, found U+200B")]
    [DataRow("/p:A/b\u0001", "Control character U+0001 at character 7")]
    [DataRow("/p:A\u0000", "Control character U+0000 at character 5")]
    [DataRow("/p:A\u007F", "Control character U+007F at character 5")]
    [DataRow("/p:A\u0085", "Whitespace at character 5")]
    [DataRow("/p:A\u009B", "Control character U+009B at character 5")]
    [DataRow("/p:A\uFFFF", "Invalid character U+FFFF at character 5")]
    [DataRow("/p:A/p:b[@id='a\u0000b']", "Control character U+0000 in the literal at character 16")]
    [DataRow("/p:A[@id='a\u0007']", "Control character U+0007 in the literal at character 12")]
    [DataRow("/p:A[@id='a\u001Fb']", "Control character U+001F in the literal at character 12")]
    [DataRow("/p:A[@id='\t']", "Control character U+0009 in the literal at character 11")]
    [DataRow("/p:A[@id='\u0085']", "Control character U+0085 in the literal at character 11")]
    [DataRow("/p:A[@id='\uFFFE']", "Invalid character U+FFFE in the literal at character 11")]
    [DataRow("/xmlns:A", "Name at character 2 uses the reserved 'xmlns'")]
    [DataRow("/p:A/@xmlns", "Name at character 7 uses the reserved 'xmlns'")]
    [DataRow("/p:A/@xmlns:p", "Name at character 7 uses the reserved 'xmlns'")]
    [DataRow("/p:A[@xmlns='urn:x']", "Name at character 7 uses the reserved 'xmlns'")]
    public void Parse_InvalidCharactersAndNames_AreRejected(string text, string fragment) => AssertRejected(text, fragment);

    // Lone surrogates cannot travel in attribute arguments (they are stored as UTF-8), so these are built here.
    [TestMethod]
    public void Parse_LoneSurrogates_AreRejected()
    {
        AssertRejected("/p:A\uD800", "Invalid character U+D800 at character 5");
        AssertRejected("/p:A\uDC00/p:b", "Invalid character U+DC00 at character 5");
        AssertRejected("/p:A/p:\uD800", "Invalid character U+D800 at character 8");
        AssertRejected("/p:A[@id='\uD800']", "Invalid character U+D800 in the literal at character 11");
        AssertRejected("/p:A[@id='\uDC00x']", "Invalid character U+DC00 in the literal at character 11");
        AssertRejected("/p:A[@id='x\uD800", "Invalid character U+D800 in the literal at character 12");
        AssertRejected("/p:A[@id='\uDBFF\uDBFF']", "Invalid character U+DBFF in the literal at character 11");
    }

    [TestMethod]
    public void Parse_SupplementaryCharacterInName_IsRejected()
    {
        // XName refuses names outside the BMP, so such a step could never match anything.
        AssertRejected("/p:A/p:\U00010000x", "Invalid character U+D800 at character 8");
        AssertRejected("/p:A/b\U0001F600", "Invalid character U+D83D at character 7");
    }

    [TestMethod]
    public void Parse_EveryBmpCharacter_NeverThrows()
    {
        for (var c = char.MinValue; ; c++)
        {
            foreach (var text in new[] { $"/{c}", $"/p:{c}", $"/p:A{c}", $"/p:A/a{c}b", $"/p:A[{c}]", $"/p:A[@{c}='1']", $"/p:A[@id='{c}']", $"/p:A[@id={c}]" })
            {
                var result = TestPrefixes.Parse(text);
                Assert.AreEqual(result.Success, result.Error is null, text);
            }

            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [TestMethod]
    [DataRow("/p:A[@id='x]", "Literal starting at character 10 is not terminated")]
    [DataRow("/p:A[@id=\"x']", "Literal starting at character 10 is not terminated")]
    [DataRow("/p:A[p:c='x", "Literal starting at character 10 is not terminated")]
    [DataRow("/p:A[@id='x'", "Predicate starting at character 5 is not terminated")]
    [DataRow("/p:A[p:c='x'", "Predicate starting at character 5 is not terminated")]
    [DataRow("/p:A[1", "Predicate starting at character 5 is not terminated")]
    [DataRow("/p:A[", "Predicate starting at character 5 is not terminated")]
    [DataRow("/p:A[@id", "Predicate starting at character 5 is not terminated")]
    [DataRow("/p:A[@id=", "Predicate starting at character 5 is not terminated")]
    [DataRow("/p:A[@", "expected a name")]
    public void Parse_UnterminatedInput_IsRejected(string text, string fragment) => AssertRejected(text, fragment);

    [TestMethod]
    [DataRow("/gup:Profile[1]", "Predicate at character 13: gup:Profile takes no predicate")]
    [DataRow("/gup:Profile[@resourceID='sip:bob@example.com']", "Predicate at character 13: gup:Profile takes no predicate")]
    [DataRow("/g:Profile[1]/p:A", "Predicate at character 11: gup:Profile takes no predicate")]
    [DataRow("/gup:Profile/@resourceID", "Attribute step at character 14: this step must name a component")]
    public void Parse_ProfileMisuse_IsRejected(string text, string fragment) => AssertRejected(text, fragment);
}
