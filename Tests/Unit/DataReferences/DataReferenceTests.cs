using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Tests.Unit.DataReferences;

[TestClass]
public sealed class DataReferenceTests
{
    private static readonly XNamespace P = TestPrefixes.P;

    [TestMethod]
    [DataRow("/p:A/@id", true)]
    [DataRow("/p:A/p:b[2]/@q:id", true)]
    [DataRow("/p:A/p:b", false)]
    [DataRow("/p:A", false)]
    [DataRow("/", false)]
    public void TargetsAttribute_LastStep_IsReported(string text, bool expected)
    {
        Assert.AreEqual(expected, TestPrefixes.ParseOk(text).TargetsAttribute);
    }

    [TestMethod]
    [DataRow("/p:A/p:b/@id", "/{urn:example:p}A/{urn:example:p}b")]
    [DataRow("/p:A/p:b[2]/p:c[@k='v']", "/{urn:example:p}A/{urn:example:p}b[2]")]
    [DataRow("/p:A/p:b[2]", "/{urn:example:p}A")]
    [DataRow("/*[1]/*", "/*[1]")]
    [DataRow("/gup:Profile/p:A/@id", "/{urn:example:p}A")]
    [DataRow("/p:A", "/")]
    [DataRow("/p:A[1]", "/")]
    [DataRow("/", "/")]
    public void Parent_Reference_DropsTheLastStep(string text, string expected)
    {
        var parent = TestPrefixes.ParseOk(text).Parent();
        Assert.AreEqual(expected, parent.ToString());
        Assert.IsFalse(parent.TargetsAttribute);
    }

    [TestMethod]
    public void Parent_ComponentReference_IsWholeProfile()
    {
        Assert.AreSame(DataReference.WholeProfile, TestPrefixes.ParseOk("/p:A").Parent());
        Assert.AreSame(DataReference.WholeProfile, DataReference.WholeProfile.Parent());
    }

    [TestMethod]
    public void Parent_AttributeReference_SelectsTheHoldingElements()
    {
        var component = XElement.Parse("""<A xmlns="urn:example:p"><b/><b id="1"/></A>""");
        var parents = DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:b/@id").Parent());
        Assert.HasCount(2, parents);
    }

    [TestMethod]
    public void Equals_DifferentLiteral_IsNotEqual()
    {
        Assert.AreNotEqual(TestPrefixes.ParseOk("/p:A/p:b[@id='1']"), TestPrefixes.ParseOk("/p:A/p:b[@id='2']"));
        Assert.AreNotEqual(TestPrefixes.ParseOk("/p:A/p:b[p:id='1']"), TestPrefixes.ParseOk("/p:A/p:b[@p:id='1']"));
        Assert.AreNotEqual(TestPrefixes.ParseOk("/p:A/p:b"), TestPrefixes.ParseOk("/p:A/b"));
        Assert.AreNotEqual(TestPrefixes.ParseOk("/p:A/@b"), TestPrefixes.ParseOk("/p:A/b"));
        Assert.AreEqual(TestPrefixes.ParseOk("/p:A/q:b[3]"), TestPrefixes.ParseOk("/gup:Profile/p:A/q:b[3]"));
    }

    [TestMethod]
    public void Constructor_StepsWithoutComponent_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new DataReference(null, [Step.Element(P + "b")]));
    }

    [TestMethod]
    public void Constructor_AttributeComponentStep_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new DataReference(Step.Attribute("id"), []));
    }

    [TestMethod]
    public void Constructor_AttributeBeforeLastStep_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() =>
            new DataReference(Step.Element(P + "A"), [Step.Attribute("id"), Step.Element(P + "b")]));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(-1)]
    [DataRow(1_000_001)]
    public void PositionPredicate_OutOfRange_Throws(int position)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new PositionPredicate(position));
    }

    [TestMethod]
    public void Limits_NonPositive_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new DataReferenceLimits { MaxLength = 0 });
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new DataReferenceLimits { MaxSteps = -1 });
    }

    [TestMethod]
    public void Limits_Default_Is512And16()
    {
        Assert.AreEqual(512, DataReferenceLimits.Default.MaxLength);
        Assert.AreEqual(16, DataReferenceLimits.Default.MaxSteps);
    }

    [TestMethod]
    public void ToString_ProgrammaticReference_UsesClarkNames()
    {
        var reference = new DataReference(
            Step.AnyElement(new PositionPredicate(1)),
            [Step.Element(P + "b", new ChildPredicate(XNamespace.None + "c", "it's")), Step.Attribute(XNamespace.Xml + "lang")]);

        Assert.AreEqual("/*[1]/{urn:example:p}b[c=\"it's\"]/@{http://www.w3.org/XML/1998/namespace}lang", reference.ToString());
    }

    [TestMethod]
    public void ParseResult_Failure_HasErrorAndNoReference()
    {
        var failure = DataReferenceParseResult.Fail("bad");
        Assert.IsFalse(failure.Success);
        Assert.IsNull(failure.Reference);
        Assert.AreEqual("bad", failure.Error);

        var ok = DataReferenceParseResult.Ok(DataReference.WholeProfile);
        Assert.IsTrue(ok.Success);
        Assert.IsNull(ok.Error);
    }
}
