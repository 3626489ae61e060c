using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Tests.Unit.DataReferences;

[TestClass]
public sealed class DataReferenceWalkerTests
{
    private static readonly XNamespace P = TestPrefixes.P;

    private const string Sample = """
        <A xmlns="urn:example:p" xmlns:q="urn:example:q" version="3">
          <b id="x"><c>1</c><c>2</c><name>alpha</name></b>
          <b id="y" q:id="qy"><c>3</c><c>4</c><name>be<i>t</i>a</name></b>
          <d id="z"/>
          <b><c>5</c><name/></b>
        </A>
        """;

    private static IReadOnlyList<XObject> Select(string xml, string text) =>
        DataReferenceWalker.SelectInComponent(XElement.Parse(xml), TestPrefixes.ParseOk(text));

    private static string Describe(IReadOnlyList<XObject> selected) => string.Join(",", selected.Select(o => o switch
    {
        XAttribute a => a.Value,
        XElement e when e.Attribute("id") is { } id => $"{e.Name.LocalName}#{id.Value}",
        XElement e when !e.HasElements => e.Value,
        XElement e => e.Name.LocalName,
        _ => "?",
    }));

    [TestMethod]
    [DataRow("/p:A/p:b/p:c", "1,2,3,4,5")]
    [DataRow("/p:A/p:b/p:c[2]", "2,4")]
    [DataRow("/p:A/p:b/p:c[1]", "1,3,5")]
    [DataRow("/p:A/p:b/p:c[3]", "")]
    [DataRow("/p:A/p:b[2]/p:c", "3,4")]
    [DataRow("/p:A/p:b[3]/p:c", "5")]
    [DataRow("/p:A/p:b[4]", "")]
    [DataRow("/p:A/p:b[1000000]", "")]
    [DataRow("/gup:Profile/p:A/p:b[2]/p:c[1]", "3")]
    public void SelectInComponent_PositionalPredicate_CountsPerParent(string text, string expected)
    {
        Assert.AreEqual(expected, Describe(Select(Sample, text)));
    }

    [TestMethod]
    [DataRow("/p:A/p:b[@id='y']/p:c", "3,4")]
    [DataRow("/p:A/p:b[@id=\"x\"]/p:c", "1,2")]
    [DataRow("/p:A/p:b[@id='Y']", "")]
    [DataRow("/p:A/p:b[@id='y ']", "")]
    [DataRow("/p:A/p:b[@id='']", "")]
    [DataRow("/p:A/p:b[@q:id='qy']/p:c", "3,4")]
    [DataRow("/p:A/p:b[@q:id='y']", "")]
    [DataRow("/p:A/p:b[@p:id='y']", "")]
    [DataRow("/p:A/*[@id='z']", "d#z")]
    public void SelectInComponent_AttributePredicate_ComparesOrdinally(string text, string expected)
    {
        Assert.AreEqual(expected, Describe(Select(Sample, text)));
    }

    [TestMethod]
    [DataRow("/p:A/p:b[p:name='alpha']/@id", "x")]
    [DataRow("/p:A/p:b[p:name='beta']/@id", "y")]
    [DataRow("/p:A/p:b[p:name='bet']", "")]
    [DataRow("/p:A/p:b[p:name='betaa']", "")]
    [DataRow("/p:A/p:b[p:name='Alpha']", "")]
    [DataRow("/p:A/p:b[p:name='']/p:c", "5")]
    [DataRow("/p:A/p:b[p:c='4']/@id", "y")]
    [DataRow("/p:A/p:b[p:c='5']/p:c", "5")]
    [DataRow("/p:A/p:b[name='alpha']", "")]
    [DataRow("/p:A/*[p:c='1']", "b#x")]
    public void SelectInComponent_ChildPredicate_ComparesStringValue(string text, string expected)
    {
        Assert.AreEqual(expected, Describe(Select(Sample, text)));
    }

    [TestMethod]
    [DataRow("/p:A/*", "b#x,b#y,d#z,b")]
    [DataRow("/p:A/*[3]", "d#z")]
    [DataRow("/p:A/*[4]/*", "5,")]
    [DataRow("/p:A/*/*[3]", "alpha,name")]
    [DataRow("/*/p:d", "d#z")]
    [DataRow("/*/*/*/p:i", "t")]
    [DataRow("/*/*/p:i", "")]
    public void SelectInComponent_Wildcard_MatchesAnyElementInDocumentOrder(string text, string expected)
    {
        Assert.AreEqual(expected, Describe(Select(Sample, text)));
    }

    [TestMethod]
    [DataRow("/p:A/@version", "3")]
    [DataRow("/p:A/p:b/@id", "x,y")]
    [DataRow("/p:A/*/@id", "x,y,z")]
    [DataRow("/p:A/p:b/@q:id", "qy")]
    [DataRow("/p:A/p:b[2]/@id", "y")]
    [DataRow("/p:A/p:b[3]/@id", "")]
    [DataRow("/p:A/@missing", "")]
    [DataRow("/p:A/@p:version", "")]
    public void SelectInComponent_AttributeStep_SelectsAttributes(string text, string expected)
    {
        var selected = Select(Sample, text);
        Assert.IsTrue(selected.All(o => o is XAttribute));
        Assert.AreEqual(expected, Describe(selected));
    }

    [TestMethod]
    [DataRow("/")]
    [DataRow("/gup:Profile")]
    [DataRow("/p:A")]
    [DataRow("/gup:Profile/p:A")]
    [DataRow("/*")]
    [DataRow("/*[1]")]
    [DataRow("/p:A[1]")]
    [DataRow("/p:A[@version='3']")]
    [DataRow("/p:A[p:d='']")]
    public void SelectInComponent_ComponentItself_IsTheComponent(string text)
    {
        var component = XElement.Parse(Sample);
        var selected = DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk(text));

        Assert.HasCount(1, selected);
        Assert.AreSame(component, selected[0]);
    }

    [TestMethod]
    [DataRow("/q:A")]
    [DataRow("/A")]
    [DataRow("/p:B/p:b")]
    [DataRow("/p:A[2]")]
    [DataRow("/*[2]/p:b")]
    [DataRow("/p:A[@version='4']/p:b")]
    [DataRow("/p:A[@version='3 ']")]
    [DataRow("/p:A[p:d='x']")]
    public void SelectInComponent_MismatchingComponent_SelectsNothing(string text)
    {
        Assert.IsEmpty(Select(Sample, text));
    }

    [TestMethod]
    public void SelectInComponent_WholeProfile_IsAnyComponent()
    {
        var component = new XElement(XName.Get("Other", "urn:other"));
        var selected = DataReferenceWalker.SelectInComponent(component, DataReference.WholeProfile);
        Assert.AreSame(component, selected.Single());
    }

    [TestMethod]
    public void SelectInComponent_DefaultNamespace_NeedsPrefixedSteps()
    {
        const string Xml = """<A xmlns="urn:example:p"><b><c>1</c></b><b xmlns=""><c>2</c></b></A>""";

        Assert.AreEqual("1", Describe(Select(Xml, "/p:A/p:b/p:c")));
        Assert.AreEqual("2", Describe(Select(Xml, "/p:A/b/c")));
        Assert.IsEmpty(Select(Xml, "/p:A/b/p:c"));
        Assert.IsEmpty(Select(Xml, "/A"));
    }

    [TestMethod]
    public void SelectInComponent_DifferentPrefixSameNamespace_Matches()
    {
        const string Xml = """<other:A xmlns:other="urn:example:p"><other:b/></other:A>""";
        Assert.HasCount(1, Select(Xml, "/p:A/p:b"));
    }

    [TestMethod]
    public void SelectInComponent_NamespaceDeclarations_AreNotAttributes()
    {
        var component = XElement.Parse("""<A xmlns="urn:example:p" xmlns:q="urn:example:q" a="1"/>""");
        var defaultDeclaration = new DataReference(Step.Element(P + "A"), [Step.Attribute("xmlns")]);
        var prefixDeclaration = new DataReference(Step.Element(P + "A"), [Step.Attribute(XNamespace.Xmlns + "q")]);
        var byDeclaration = new DataReference(
            Step.Element(P + "A", new AttributePredicate("xmlns", "urn:example:p")), []);

        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(component, defaultDeclaration));
        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(component, prefixDeclaration));
        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(component, byDeclaration));
    }

    [TestMethod]
    public void SelectInComponent_PositionCountsOnlyMatchingSiblings()
    {
        const string Xml = """<A xmlns="urn:example:p"><x/><b id="1"/><x/><b id="2"/><x/></A>""";

        Assert.AreEqual("b#2", Describe(Select(Xml, "/p:A/p:b[2]")));
        Assert.AreEqual("b#1", Describe(Select(Xml, "/p:A/*[2]")));
    }

    [TestMethod]
    public void SelectInComponent_ChildPredicate_MatchesCDataMixedContentAndAnyOfSeveral()
    {
        const string Xml = """
            <A xmlns="urn:example:p">
              <b id="1"><tag>one</tag><tag>two</tag></b>
              <b id="2"><tag><![CDATA[a<b]]></tag></b>
              <b id="3"><tag>x<!-- comment -->y<?pi z?></tag></b>
              <b id="4"><tag><deep>p</deep><deep>q</deep></tag></b>
            </A>
            """;

        Assert.AreEqual("b#1", Describe(Select(Xml, "/p:A/p:b[p:tag='two']")));
        Assert.AreEqual("b#2", Describe(Select(Xml, "/p:A/p:b[p:tag='a<b']")));
        Assert.AreEqual("b#3", Describe(Select(Xml, "/p:A/p:b[p:tag='xy']")));
        Assert.AreEqual("b#4", Describe(Select(Xml, "/p:A/p:b[p:tag='pq']")));
    }

    [TestMethod]
    public void SelectInComponent_LiteralIsNotTrimmedOrCaseFolded()
    {
        const string Xml = """<A xmlns="urn:example:p"><b id="1"><n> v </n></b><b id="2"><n>V</n></b></A>""";

        Assert.AreEqual("b#1", Describe(Select(Xml, "/p:A/p:b[p:n=' v ']")));
        Assert.IsEmpty(Select(Xml, "/p:A/p:b[p:n='v']"));
        Assert.AreEqual("b#2", Describe(Select(Xml, "/p:A/p:b[p:n='V']")));
    }

    [TestMethod]
    public void SelectInComponent_TenThousandElements_WalksEveryMatch()
    {
        var component = new XElement(P + "A",
            Enumerable.Range(0, 100).Select(i => new XElement(P + "b", new XAttribute("n", i),
                Enumerable.Range(0, 100).Select(j => new XElement(P + "c", new XAttribute("n", j), $"{i}-{j}")))));

        Assert.HasCount(10_000, DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:b/p:c")));
        Assert.HasCount(10_000, DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/*/*/*/@n")));
        Assert.HasCount(100, DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:b/p:c[100]")));
        Assert.HasCount(100, DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/*/*[@n='7']")));
        Assert.HasCount(100, DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:b[p:c='99-99']/p:c")));
        var last = DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:b[100]/p:c[@n='99']"));
        Assert.AreEqual("99-99", ((XElement)last.Single()).Value);
    }

    [TestMethod]
    public void SelectInComponent_TenThousandSiblings_FindsTheLast()
    {
        var component = new XElement(P + "A", Enumerable.Range(1, 10_000).Select(i => new XElement(P + "e", i)));

        var selected = DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:e[10000]"));
        Assert.AreEqual("10000", ((XElement)selected.Single()).Value);
        Assert.HasCount(10_000, DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/*")));
        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(component, TestPrefixes.ParseOk("/p:A/p:e[10001]")));
    }

    [TestMethod]
    [DataRow("/", true)]
    [DataRow("/gup:Profile", true)]
    [DataRow("/*", true)]
    [DataRow("/*[2]/p:b", true)]
    [DataRow("/p:A", true)]
    [DataRow("/gup:Profile/p:A/p:b/@id", true)]
    [DataRow("/p:A[2]", true)]
    [DataRow("/q:A", false)]
    [DataRow("/A", false)]
    [DataRow("/p:B/p:b", false)]
    public void MatchesComponent_ComponentStep_ComparesTheType(string text, bool expected)
    {
        Assert.AreEqual(expected, DataReferenceWalker.MatchesComponent(P + "A", TestPrefixes.ParseOk(text)));
    }
}
