using System.Xml.Linq;
using GupSoap.Core.Authorization;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>Instance-level filtering of one component document (TS 23.240 §4.2.1.4 privacy check).</summary>
[TestClass]
public sealed class FilterComponentTests
{
    private static XElement? Filter(AccessPolicy policy, XElement? component = null) =>
        policy.FilterComponent(Who(), AccessOperation.Query, component ?? ContactsComponent());

    [TestMethod]
    public void FilterComponent_ComponentPermitted_KeepsEverything()
    {
        var component = ContactsComponent();

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts"])), component);

        Assert.IsTrue(XNode.DeepEquals(component, filtered));
        Assert.AreNotSame(component, filtered);
    }

    [TestMethod]
    public void FilterComponent_ElementPermitted_RootBecomesBareContainer()
    {
        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Name"])));

        Assert.AreEqual("Contacts(Name:Alice)", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_AttributePermitted_KeepsOnlyThatAttribute()
    {
        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/@owner"])));

        Assert.AreEqual("Contacts[owner=alice]", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_AttributeDenied_RemovesOnlyThatAttribute()
    {
        var filtered = Filter(Policy("Deny",
            Rule("r", "Permit", ["/p:Contacts"]),
            Rule("secret", "Deny", ["/p:Contacts/@secret", "/p:Contacts/p:Entry/@note"], priority: 1)));

        Assert.AreEqual("Contacts[owner=alice](Name:Alice,Entry[id=e1](Phone:111,Pin:1234),Entry[id=e2](Phone:222,Pin:9999),Meta:m)", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_LeafPermitted_AncestorsAreContainersOnly()
    {
        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry/p:Phone"])));

        Assert.AreEqual("Contacts(Entry(Phone:111),Entry(Phone:222))", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_PredicatePermitted_KeepsOnlyTheMatchingSibling()
    {
        var byId = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry[@id='e2']"])));
        var byPosition = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry[1]/p:Pin"])));
        var byChild = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry[p:Phone='111']/@note"])));

        Assert.AreEqual("Contacts(Entry[id=e2 note=n2](Phone:222,Pin:9999))", Shape(byId));
        Assert.AreEqual("Contacts(Entry(Pin:1234))", Shape(byPosition));
        Assert.AreEqual("Contacts(Entry[note=n1])", Shape(byChild));
    }

    [TestMethod]
    public void FilterComponent_DeniedElementWithPermittedAttribute_KeepsAttributeOnly()
    {
        var filtered = Filter(Policy("Permit",
            Rule("entries", "Deny", ["/p:Contacts/p:Entry"], priority: 1),
            Rule("ids", "Permit", ["/p:Contacts/p:Entry/@id"], priority: 2)));

        Assert.AreEqual("Contacts[owner=alice secret=s1](Name:Alice,Entry[id=e1],Entry[id=e2],Meta:m)", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_DeniedContainer_LosesItsText()
    {
        var component = XElement.Parse("""<p:Note xmlns:p="urn:example:p">private words<p:Title>public</p:Title>more<![CDATA[hidden]]></p:Note>""");

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Note/p:Title"])), component);

        Assert.IsNotNull(filtered);
        Assert.AreEqual("public", filtered.Value);
        Assert.AreEqual("Note(Title:public)", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_PermittedElement_KeepsItsMixedContent()
    {
        var component = XElement.Parse("""<p:Note xmlns:p="urn:example:p">a<p:B>b</p:B><![CDATA[c<]]><!--d--></p:Note>""");

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Note"])), component);

        Assert.AreEqual(component.ToString(SaveOptions.DisableFormatting), filtered?.ToString(SaveOptions.DisableFormatting));
    }

    [TestMethod]
    public void FilterComponent_DeniedElement_DropsItsComments()
    {
        var component = XElement.Parse("""<p:Note xmlns:p="urn:example:p"><!--pin 1234--><p:Title>t</p:Title></p:Note>""");

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Note/p:Title"])), component);

        Assert.IsNotNull(filtered);
        Assert.DoesNotContain("1234", filtered.ToString());
    }

    [TestMethod]
    public void FilterComponent_BareContainer_KeepsNamespaceDeclarationsForQNameContent()
    {
        var component = XElement.Parse("""
            <p:Types xmlns:p="urn:example:p" xmlns:t="urn:example:types" hidden="x">
              <p:Kind>t:Gold</p:Kind>
            </p:Types>
            """);

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Types/p:Kind"])), component);

        Assert.IsNotNull(filtered);
        Assert.AreEqual("Types(Kind:t:Gold)", Shape(filtered));
        var kind = filtered.Elements().Single();
        Assert.AreEqual("urn:example:types", kind.GetNamespaceOfPrefix("t")?.NamespaceName);
        var reparsed = XElement.Parse(filtered.ToString());
        Assert.AreEqual("urn:example:types", reparsed.Elements().Single().GetNamespaceOfPrefix("t")?.NamespaceName);
    }

    [TestMethod]
    public void FilterComponent_NothingPermitted_ReturnsNull()
    {
        Assert.IsNull(Filter(Policy("Deny", Rule("other", "Permit", ["/q:Other"]))));
        Assert.IsNull(Filter(Policy("Deny", Rule("missing", "Permit", ["/p:Contacts/p:Absent"]))));
        Assert.IsNull(Filter(Policy("Permit", Rule("all", "Deny"))));
    }

    [TestMethod]
    public void FilterComponent_InputIsNotMutated()
    {
        var component = ContactsComponent();
        var before = component.ToString(SaveOptions.DisableFormatting);

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry/p:Phone"])), component);
        filtered!.Add(new XElement("added"));

        Assert.AreEqual(before, component.ToString(SaveOptions.DisableFormatting));
    }

    [TestMethod]
    public void FilterComponent_ComponentInsideAProfile_IsJudgedAsProfileChild()
    {
        var profile = Profile();
        var component = profile.Elements(Contacts).Single();

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/gup:Profile/p:Contacts/p:Meta"])), component);

        Assert.IsNotNull(filtered);
        Assert.IsNull(filtered.Parent);
        Assert.AreEqual("Contacts(Meta:m)", Shape(filtered));
    }

    [TestMethod]
    public void FilterComponent_OperationNotCovered_ReturnsNull()
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts"], operations: "Query"));

        Assert.IsNull(policy.FilterComponent(Who(), AccessOperation.Subscribe, ContactsComponent()));
    }

    [TestMethod]
    public void FilterComponent_VeryDeepDocument_DoesNotOverflowTheStack()
    {
        // Built from the leaf up: adding to a parentless element costs nothing, adding under a deep one walks its ancestors.
        var chain = new XElement(PNs + "Level", new XElement(PNs + "Secret", "x"), new XElement(PNs + "Open", "y"));
        for (var i = 1; i < 100_000; i++)
        {
            chain = new XElement(PNs + "Level", chain);
        }

        var component = new XElement(PNs + "Deep", chain);
        var policy = Policy("Permit", Rule("secret", "Deny", ["/p:Deep/p:Level/p:Level/p:Level"], priority: 1));

        var filtered = Filter(policy, component);

        Assert.AreEqual("Deep(Level(Level))", Shape(filtered));
        Assert.AreEqual(100_000, component.Descendants(PNs + "Level").Count(), "the input keeps its depth");
    }

    [TestMethod]
    public void FilterComponent_LargeDocument_FinishesQuickly()
    {
        var component = new XElement(PNs + "Contacts",
            Enumerable.Range(0, 20_000).Select(i => new XElement(PNs + "Entry", new XAttribute("id", $"e{i}"),
                new XElement(PNs + "Phone", i), new XElement(PNs + "Pin", i))));
        var rules = Enumerable.Range(0, 10).Select(i => Rule($"r{i}", i % 2 == 0 ? "Permit" : "Deny",
            [i % 2 == 0 ? "/p:Contacts/p:Entry" : "/p:Contacts/p:Entry/p:Pin"], priority: i)).ToArray();
        var policy = Policy("Deny", rules);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var filtered = Filter(policy, component);

        stopwatch.Stop();
        Assert.IsNotNull(filtered);
        Assert.HasCount(20_000, filtered.Elements());
        Assert.IsFalse(filtered.Descendants(PNs + "Pin").Any());
        Assert.IsLessThan(TimeSpan.FromSeconds(10), stopwatch.Elapsed);
    }
}
