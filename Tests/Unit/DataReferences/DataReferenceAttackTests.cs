using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Tests.Unit.DataReferences;

/// <summary>SECURITY.md "Data references (X)": one test per attack, named after it.</summary>
[TestClass]
public sealed class DataReferenceAttackTests
{
    private static readonly XNamespace P = TestPrefixes.P;

    private static readonly DataReferenceLimits Unlimited = new() { MaxLength = int.MaxValue, MaxSteps = int.MaxValue };

    [TestMethod]
    public void Parse_XpathInjectionLiteral_IsComparedLiterally()
    {
        const string Injection = "' or '1'='1";
        var component = new XElement(P + "A",
            new XElement(P + "b", new XAttribute("id", "1"), new XElement(P + "name", "1")),
            new XElement(P + "b", new XAttribute("id", Injection), new XElement(P + "name", Injection)),
            new XElement(P + "b", new XAttribute("id", "x"), new XElement(P + "name", "' or 'a'='a")));

        var byAttribute = TestPrefixes.ParseOk("/p:A/p:b[@id=\"' or '1'='1\"]");
        var byChild = TestPrefixes.ParseOk("/p:A/p:b[p:name=\"' or '1'='1\"]");

        Assert.AreEqual(Injection, ((AttributePredicate)byAttribute.Steps[0].Predicate!).Literal);
        foreach (var reference in new[] { byAttribute, byChild })
        {
            var selected = DataReferenceWalker.SelectInComponent(component, reference);
            Assert.HasCount(1, selected);
            Assert.AreEqual(Injection, ((XElement)selected[0]).Attribute("id")!.Value);
        }
    }

    [TestMethod]
    [DataRow("/p:A/p:b[@id='' or '1'='1']")]
    [DataRow("/p:A/p:b[@id=''or'1'='1']")]
    [DataRow("/p:A/p:b[@id='x'] | //*")]
    [DataRow("/p:A/p:b[@id='x']|//*")]
    [DataRow("/p:A/p:b[@id='x']/..//*")]
    public void Parse_InjectionBreakingOutOfLiteral_IsRejected(string text)
    {
        Assert.IsFalse(TestPrefixes.Parse(text).Success);
    }

    [TestMethod]
    public void Parse_InjectionInsideLiteral_SelectsNothingUnexpected()
    {
        var component = new XElement(P + "A", new XElement(P + "b", new XAttribute("id", "1")), new XElement(P + "b"));
        var reference = TestPrefixes.ParseOk("/p:A/p:b[@id=\"']/..//*[@a='\"]");

        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(component, reference));
    }

    [TestMethod]
    [DataRow("//*")]
    [DataRow("//*[count(//*)>0]")]
    [DataRow("/p:A//*")]
    [DataRow("/p:A//p:b")]
    [DataRow("/p:A[count(//*)>0]")]
    [DataRow("/p:A[count(//*)]")]
    [DataRow("/p:A/descendant-or-self::node()")]
    [DataRow("/p:A/descendant::*")]
    [DataRow("/p:A/following::*")]
    [DataRow("/p:A/preceding-sibling::*")]
    [DataRow("/p:A/namespace::*")]
    [DataRow("/p:A[contains(.,'x')]")]
    [DataRow("/p:A[string-length(@id)>1]")]
    [DataRow("/p:A[translate(@id,'a','b')='b']")]
    [DataRow("/p:A[starts-with(@id,'x')]")]
    [DataRow("/p:A[not(@id)]")]
    [DataRow("/p:A[@id]")]
    [DataRow("/p:A[p:b]")]
    [DataRow("/p:A/p:b[last()-1]")]
    [DataRow("/p:A/p:b[position()>1]")]
    [DataRow("/p:A/p:b[1+1]")]
    [DataRow("/p:A/p:b[2*3]")]
    [DataRow("/p:A/p:b[7 div 2]")]
    [DataRow("/p:A/p:b[7 mod 2]")]
    [DataRow("/p:A|/p:B|/p:C")]
    [DataRow("(/p:A)[1]")]
    [DataRow("/p:A/p:b[$x]")]
    [DataRow("/p:A/p:b[@id=$x]")]
    [DataRow("/p:A/p:b[@id='1'][@id='1']")]
    [DataRow("/p:A/p:b[@id='1' and @id='1']")]
    [DataRow("/p:A/p:b[p:c[p:d='x']='y']")]
    [DataRow("/p:A/p:b[.//p:c='x']")]
    [DataRow("/p:A/p:b[id('x')]")]
    [DataRow("/p:A/p:b[document('http://evil.example/')]")]
    [DataRow("/p:A/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*")]
    public void Parse_ExpensiveExpressions_AreRejected(string text)
    {
        var result = TestPrefixes.Parse(text);

        Assert.IsFalse(result.Success, text);
        Assert.IsNull(result.Reference);
        Assert.IsFalse(string.IsNullOrEmpty(result.Error));
    }

    [TestMethod]
    [DataRow("..")]
    [DataRow("/..")]
    [DataRow("/p:A/..")]
    [DataRow("/gup:Profile/x:A/../y:B")]
    [DataRow("/gup:Profile/x:A/./../y:B")]
    [DataRow("/p:A/../../q:B")]
    [DataRow("/p:A/parent::*")]
    [DataRow("/p:A/ancestor::gup:Profile")]
    [DataRow("/p:A/ancestor-or-self::*")]
    [DataRow("/p:A/following-sibling::q:B")]
    [DataRow("/p:A/preceding::*")]
    [DataRow("//gup:Profile/p:A")]
    [DataRow("/gup:Profile[@resourceID='sip:eve@example.com']/p:A")]
    [DataRow("/gup:Profile[2]/p:A")]
    [DataRow("/gup:Profile/@resourceID")]
    [DataRow("/sip:eve@example.com/p:A")]
    [DataRow("/gup:Profile/sip:eve@example.com/p:A")]
    [DataRow("/tel:+4912345/p:A")]
    [DataRow("/p:A/@id/..")]
    [DataRow("p:A/../q:B")]
    public void Parse_EscapingTheComponent_IsRejected(string text)
    {
        Assert.IsFalse(TestPrefixes.Parse(text).Success, text);
    }

    [TestMethod]
    [DataRow("/q:B")]
    [DataRow("/gup:Profile/q:B/p:b")]
    [DataRow("/A/p:b")]
    [DataRow("/gup:Profile/gup:Profile/p:A")]
    public void Walk_OtherComponentType_SelectsNothing(string text)
    {
        var component = new XElement(P + "A", new XElement(P + "b"));
        var reference = TestPrefixes.ParseOk(text);

        Assert.IsFalse(DataReferenceWalker.MatchesComponent(component.Name, reference));
        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(component, reference));
    }

    [TestMethod]
    public void Parse_OverLengthAndTooManySteps_AreRejected()
    {
        var overLength = "/p:A[@id='" + new string('v', 513 - 12) + "']";
        Assert.AreEqual(513, overLength.Length);
        var tooLong = TestPrefixes.Parse(overLength);
        Assert.IsFalse(tooLong.Success);
        Assert.AreEqual("The data reference is 513 characters long; at most 512 are allowed.", tooLong.Error);

        var seventeenDirect = "/p:A" + string.Concat(Enumerable.Repeat("/p:b", 16));
        var tooDeep = TestPrefixes.Parse(seventeenDirect);
        Assert.IsFalse(tooDeep.Success);
        Assert.Contains("More than 16 steps", tooDeep.Error);

        var seventeenWithProfile = "/gup:Profile/p:A" + string.Concat(Enumerable.Repeat("/p:b", 15));
        Assert.IsFalse(TestPrefixes.Parse(seventeenWithProfile).Success);

        var seventeenWildcards = string.Concat(Enumerable.Repeat("/*", 17));
        Assert.IsFalse(TestPrefixes.Parse(seventeenWildcards).Success);

        var strict = new DataReferenceLimits { MaxLength = 8, MaxSteps = 2 };
        Assert.IsFalse(DataReferenceParser.Parse("/p:A/p:bb", TestPrefixes.Resolve, strict).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/p:A/b/c", TestPrefixes.Resolve, strict).Success);
        Assert.IsTrue(DataReferenceParser.Parse("/p:A/b", TestPrefixes.Resolve, strict).Success);
    }

    [TestMethod]
    [DataRow("/zz:A", "'zz' at character 2")]
    [DataRow("/gup:Profile/zz:A", "'zz' at character 14")]
    [DataRow("/p:A/zz:b", "'zz' at character 6")]
    [DataRow("/p:A/p:b/zz:c/p:d", "'zz' at character 10")]
    [DataRow("/p:A[@zz:id='x']", "'zz' at character 7")]
    [DataRow("/p:A[zz:c='x']", "'zz' at character 6")]
    [DataRow("/p:A/@zz:id", "'zz' at character 7")]
    [DataRow("/P:A", "'P' at character 2")]
    [DataRow("/gup2:Profile", "'gup2' at character 2")]
    [DataRow("/sip:bob/p:A", "'sip' at character 2")]
    public void Parse_UnknownPrefix_IsRejected(string text, string fragment)
    {
        var result = TestPrefixes.Parse(text);

        Assert.IsFalse(result.Success);
        Assert.Contains("Unknown namespace prefix " + fragment, result.Error);
    }

    [TestMethod]
    public void Parse_PrefixResolvedToEmpty_IsRejected()
    {
        var result = DataReferenceParser.Parse("/p:A", _ => "");
        Assert.IsFalse(result.Success);
        Assert.Contains("Unknown namespace prefix 'p'", result.Error);
    }

    [TestMethod]
    public void Parse_LongUnknownPrefix_EchoesAtMost64Characters()
    {
        var prefix = new string('z', 400);
        var result = TestPrefixes.Parse("/" + prefix + ":A");

        Assert.IsFalse(result.Success);
        Assert.DoesNotContain(new string('z', 65), result.Error);
        Assert.Contains("character 2", result.Error);
    }

    [TestMethod]
    public void Parse_HundredThousandBrackets_IsRejected()
    {
        var brackets = new string('[', 100_000);

        Assert.IsFalse(TestPrefixes.Parse(brackets).Success);
        Assert.IsFalse(TestPrefixes.Parse("/p:A" + brackets).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/p:A" + brackets, TestPrefixes.Resolve, Unlimited).Success);
    }

    [TestMethod]
    public void Parse_OneMegabyteInput_IsRejected()
    {
        var megabyte = new string('a', 1024 * 1024);
        var steps = string.Concat(Enumerable.Repeat("/p:b", 256 * 1024));

        Assert.IsFalse(TestPrefixes.Parse("/" + megabyte).Success);
        Assert.IsFalse(TestPrefixes.Parse(steps).Success);
        Assert.IsFalse(DataReferenceParser.Parse(steps, TestPrefixes.Resolve, new DataReferenceLimits { MaxLength = int.MaxValue }).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/p:A[@id='" + megabyte, TestPrefixes.Resolve, Unlimited).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/" + megabyte + "(", TestPrefixes.Resolve, Unlimited).Success);
        Assert.IsFalse(DataReferenceParser.Parse(steps + "/", TestPrefixes.Resolve, Unlimited).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/p:A/p:b[" + new string('9', 1024 * 1024) + "]", TestPrefixes.Resolve, Unlimited).Success);
    }
}
