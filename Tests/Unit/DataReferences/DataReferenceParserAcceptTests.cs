using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Tests.Unit.DataReferences;

[TestClass]
public sealed class DataReferenceParserAcceptTests
{
    [TestMethod]
    [DataRow("/", "/")]
    [DataRow("/gup:Profile", "/")]
    [DataRow("/g:Profile", "/")]
    [DataRow("/p:A", "/{urn:example:p}A")]
    [DataRow("/gup:Profile/p:A", "/{urn:example:p}A")]
    [DataRow("/p:A/p:b/p:c", "/{urn:example:p}A/{urn:example:p}b/{urn:example:p}c")]
    [DataRow("/gup:Profile/p:A/p:b/p:c", "/{urn:example:p}A/{urn:example:p}b/{urn:example:p}c")]
    [DataRow("/gup:Profile/p:A/p:child[@attr='v']/p:leaf", "/{urn:example:p}A/{urn:example:p}child[@attr='v']/{urn:example:p}leaf")]
    [DataRow("/*", "/*")]
    [DataRow("/gup:Profile/*", "/*")]
    [DataRow("/*/*/*", "/*/*/*")]
    [DataRow("/*[1]", "/*[1]")]
    [DataRow("/p:A[1]", "/{urn:example:p}A[1]")]
    [DataRow("/p:A/*[2]", "/{urn:example:p}A/*[2]")]
    [DataRow("/p:A/p:b[1]", "/{urn:example:p}A/{urn:example:p}b[1]")]
    [DataRow("/p:A/p:b[42]", "/{urn:example:p}A/{urn:example:p}b[42]")]
    [DataRow("/p:A/p:b[1000000]", "/{urn:example:p}A/{urn:example:p}b[1000000]")]
    [DataRow("/p:A/p:b[@id='v']", "/{urn:example:p}A/{urn:example:p}b[@id='v']")]
    [DataRow("/p:A/p:b[@id=\"v\"]", "/{urn:example:p}A/{urn:example:p}b[@id='v']")]
    [DataRow("/p:A/p:b[@q:id='v']", "/{urn:example:p}A/{urn:example:p}b[@{urn:example:q}id='v']")]
    [DataRow("/p:A/p:b[@q:id=\"v\"]", "/{urn:example:p}A/{urn:example:p}b[@{urn:example:q}id='v']")]
    [DataRow("/p:A/p:b[p:c='v']", "/{urn:example:p}A/{urn:example:p}b[{urn:example:p}c='v']")]
    [DataRow("/p:A/p:b[p:c=\"v\"]", "/{urn:example:p}A/{urn:example:p}b[{urn:example:p}c='v']")]
    [DataRow("/p:A/p:b[c='v']", "/{urn:example:p}A/{urn:example:p}b[c='v']")]
    [DataRow("/p:A/*[@id='v']", "/{urn:example:p}A/*[@id='v']")]
    [DataRow("/p:A/*[p:c='v']", "/{urn:example:p}A/*[{urn:example:p}c='v']")]
    [DataRow("/p:A[@version='3']/p:b", "/{urn:example:p}A[@version='3']/{urn:example:p}b")]
    [DataRow("/p:A/p:b[@id=\"it's\"]", "/{urn:example:p}A/{urn:example:p}b[@id=\"it's\"]")]
    [DataRow("/p:A/p:b[@id='say \"hi\"']", "/{urn:example:p}A/{urn:example:p}b[@id='say \"hi\"']")]
    [DataRow("/p:A/p:b[@id='']", "/{urn:example:p}A/{urn:example:p}b[@id='']")]
    [DataRow("/p:A/p:b[p:c=\"\"]", "/{urn:example:p}A/{urn:example:p}b[{urn:example:p}c='']")]
    [DataRow("/p:A/p:b[@id='a b/c[d]=e|f$g(h)::..//@*']", "/{urn:example:p}A/{urn:example:p}b[@id='a b/c[d]=e|f$g(h)::..//@*']")]
    [DataRow("/p:A/p:b[@id='ünïcödé 電話 😀']", "/{urn:example:p}A/{urn:example:p}b[@id='ünïcödé 電話 😀']")]
    [DataRow("/p:A/b", "/{urn:example:p}A/b")]
    [DataRow("/A", "/A")]
    [DataRow("/A/b/c", "/A/b/c")]
    [DataRow("/Profile", "/Profile")]
    [DataRow("/p:A/or/and/div", "/{urn:example:p}A/or/and/div")]
    [DataRow("/p:A/p:b-c.d_e1", "/{urn:example:p}A/{urn:example:p}b-c.d_e1")]
    [DataRow("/p:A/_b", "/{urn:example:p}A/_b")]
    [DataRow("/p:A/p:é", "/{urn:example:p}A/{urn:example:p}é")]
    [DataRow("/p:A/@id", "/{urn:example:p}A/@id")]
    [DataRow("/p:A/@q:id", "/{urn:example:p}A/@{urn:example:q}id")]
    [DataRow("/p:A/p:b[2]/@id", "/{urn:example:p}A/{urn:example:p}b[2]/@id")]
    [DataRow("/p:A/*/@id", "/{urn:example:p}A/*/@id")]
    [DataRow("/gup:Profile/p:A/@id", "/{urn:example:p}A/@id")]
    [DataRow("/p:A/@xml:lang", "/{urn:example:p}A/@{http://www.w3.org/XML/1998/namespace}lang")]
    [DataRow("/gup:Profile/gup:Profile", "/{urn:3gpp:gup:2006-08}Profile")]
    public void Parse_AcceptedForm_GivesCanonicalReference(string text, string canonical)
    {
        var reference = TestPrefixes.ParseOk(text);
        Assert.AreEqual(canonical, reference.ToString());
    }

    [TestMethod]
    [DataRow("/")]
    [DataRow("/gup:Profile")]
    [DataRow("/g:Profile")]
    public void Parse_WholeProfile_HasNoComponentStep(string text)
    {
        var reference = TestPrefixes.ParseOk(text);
        Assert.IsNull(reference.ComponentStep);
        Assert.IsEmpty(reference.Steps);
        Assert.IsTrue(reference.IsWholeProfile);
        Assert.AreSame(DataReference.WholeProfile, reference);
    }

    [TestMethod]
    [DataRow("/p:A/p:b[@id='v']/@q:x", "/gup:Profile/p:A/p:b[@id='v']/@q:x")]
    [DataRow("/p:A", "/g:Profile/p:A")]
    [DataRow("/*[1]/*", "/gup:Profile/*[1]/*")]
    public void Parse_BothProfileForms_GiveEqualReferences(string direct, string viaProfile)
    {
        var a = TestPrefixes.ParseOk(direct);
        var b = TestPrefixes.ParseOk(viaProfile);
        Assert.AreEqual(a, b);
        Assert.AreEqual(a.GetHashCode(), b.GetHashCode());
    }

    [TestMethod]
    public void Parse_ComponentPath_SplitsComponentStepFromSteps()
    {
        var reference = TestPrefixes.ParseOk("/gup:Profile/p:A/q:b[3]/p:c[@q:k='v']/@id");

        Assert.AreEqual(Step.Element(XName.Get("A", TestPrefixes.P)), reference.ComponentStep);
        Assert.HasCount(3, reference.Steps);
        Assert.AreEqual(XName.Get("b", TestPrefixes.Q), reference.Steps[0].Name);
        Assert.AreEqual(new PositionPredicate(3), reference.Steps[0].Predicate);
        Assert.AreEqual(new AttributePredicate(XName.Get("k", TestPrefixes.Q), "v"), reference.Steps[1].Predicate);
        Assert.IsTrue(reference.Steps[2].IsAttribute);
        Assert.AreEqual(XName.Get("id"), reference.Steps[2].Name);
        Assert.IsTrue(reference.TargetsAttribute);
    }

    [TestMethod]
    public void Parse_UnprefixedNames_AreInNoNamespace()
    {
        var reference = TestPrefixes.ParseOk("/p:A/b[c='1']/@d");

        Assert.AreEqual(XNamespace.None, reference.Steps[0].Name!.Namespace);
        Assert.AreEqual(new ChildPredicate(XName.Get("c"), "1"), reference.Steps[0].Predicate);
        Assert.AreEqual(XName.Get("d"), reference.Steps[1].Name);
    }

    [TestMethod]
    public void Parse_Wildcard_HasNullName()
    {
        var reference = TestPrefixes.ParseOk("/*/*[2]");

        Assert.IsTrue(reference.ComponentStep!.IsWildcard);
        Assert.IsTrue(reference.Steps[0].IsWildcard);
        Assert.AreEqual(new PositionPredicate(2), reference.Steps[0].Predicate);
    }

    [TestMethod]
    [DataRow("/p:A[@id=\"' or '1'='1\"]", "' or '1'='1")]
    [DataRow("/p:A[@id='\"']", "\"")]
    [DataRow("/p:A[@id=\"'\"]", "'")]
    [DataRow("/p:A[@id='a\"b\"c']", "a\"b\"c")]
    [DataRow("/p:A[@id='  padded  ']", "  padded  ")]
    [DataRow("/p:A[@id='😀']", "😀")]
    public void Parse_Literal_IsTakenVerbatim(string text, string literal)
    {
        var reference = TestPrefixes.ParseOk(text);
        Assert.AreEqual(literal, ((AttributePredicate)reference.ComponentStep!.Predicate!).Literal);
    }

    [TestMethod]
    public void Parse_ExactlyMaxLength_IsAccepted()
    {
        var text = "/p:A[@id='" + new string('v', 512 - 12) + "']";
        Assert.AreEqual(512, text.Length);
        Assert.IsTrue(TestPrefixes.Parse(text).Success);
    }

    [TestMethod]
    public void Parse_ExactlyMaxStepsDirect_IsAccepted()
    {
        var text = "/p:A" + string.Concat(Enumerable.Repeat("/p:b", 15));
        var reference = TestPrefixes.ParseOk(text);
        Assert.HasCount(15, reference.Steps);
    }

    [TestMethod]
    public void Parse_ExactlyMaxStepsWithProfile_IsAccepted()
    {
        var text = "/gup:Profile/p:A" + string.Concat(Enumerable.Repeat("/p:b", 14));
        var reference = TestPrefixes.ParseOk(text);
        Assert.HasCount(14, reference.Steps);
    }

    [TestMethod]
    public void Parse_CustomLimits_AreApplied()
    {
        var limits = new DataReferenceLimits { MaxLength = 20, MaxSteps = 3 };

        Assert.IsTrue(DataReferenceParser.Parse("/p:A/p:b/p:c", TestPrefixes.Resolve, limits).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/p:A/p:b/p:c/p:d", TestPrefixes.Resolve, limits).Success);
        Assert.IsFalse(DataReferenceParser.Parse("/p:A[@id='0123456789']", TestPrefixes.Resolve, limits).Success);
    }

    [TestMethod]
    public void Parse_XmlPrefix_IsAlwaysBound()
    {
        var reference = DataReferenceParser.Parse("/A/@xml:lang", _ => null);
        Assert.IsTrue(reference.Success, reference.Error);
        Assert.AreEqual(XNamespace.Xml + "lang", reference.Reference.Steps[0].Name);
    }
}
