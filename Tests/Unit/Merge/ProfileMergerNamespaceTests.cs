using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Server.Merge;

namespace GupSoap.Tests.Unit.Merge;

/// <summary>TS 23.240 §5 proxy mode: declarations move up to gup:Profile while every prefix keeps its meaning at every node.</summary>
[TestClass]
public sealed class ProfileMergerNamespaceTests
{
    private static readonly XNamespace Gup = Namespaces.Gup;
    private static readonly XNamespace Sub = Namespaces.Subscriber;

    [TestMethod]
    public void Merge_RootDeclarations_MoveToProfile()
    {
        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId,
            [MergeFixtures.Parse(MergeFixtures.SubscriberInfo), MergeFixtures.Parse(MergeFixtures.PresenceSettings)]);

        Assert.AreEqual(Namespaces.Subscriber, profile.Attribute(XNamespace.Xmlns + "sub")?.Value);
        Assert.AreEqual(Namespaces.Presence, profile.Attribute(XNamespace.Xmlns + "pres")?.Value);
        Assert.IsTrue(profile.Elements().All(c => !c.Attributes().Any(a => a.IsNamespaceDeclaration)));
        var text = profile.ToString();
        Assert.StartsWith("<gup:Profile ", text);
        Assert.AreEqual(1, MergeSerialization.CountOccurrences(text, "xmlns:sub="));
    }

    [TestMethod]
    public void Merge_TextQNameWithRootPrefix_StillResolvesAfterRoundTrip()
    {
        var component = MergeFixtures.Parse(MergeFixtures.AuthorizationRules);
        var shape = TreeShape.Capture(component);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [component]);

        foreach (var result in new[] { profile, XElement.Parse(profile.ToString()), MergeSerialization.ViaWriterInsideOuterElement(profile) })
        {
            TreeShape.AssertProfileHolds([shape], result);
            var select = result.Descendants(Gup + "Select").Single();
            Assert.AreEqual("/gup:Profile/sub:SubscriberInfo/sub:MSISDN", select.Value);
            Assert.AreEqual(Sub, select.GetNamespaceOfPrefix("sub"));
            Assert.AreEqual(Gup, select.GetNamespaceOfPrefix("gup"));
            var note = result.Descendants(Gup + "Note").Single();
            Assert.AreEqual(XNamespace.Get("http://www.w3.org/2001/XMLSchema"), note.GetNamespaceOfPrefix("xs"));
        }
    }

    [TestMethod]
    public void Merge_RepeatedBinding_IsDeclaredOnce()
    {
        var presence = MergeFixtures.Parse(MergeFixtures.PresenceSettings);
        var shapes = new[] { MergeFixtures.Parse(MergeFixtures.SubscriberInfo), presence }.Select(TreeShape.Capture).ToList();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [MergeFixtures.Parse(MergeFixtures.SubscriberInfo), presence]);

        Assert.IsNull(presence.Attribute(XNamespace.Xmlns + "sub"));
        var text = profile.ToString();
        Assert.AreEqual(1, MergeSerialization.CountOccurrences(text, "xmlns:sub="));
        TreeShape.AssertProfileHolds(shapes, XElement.Parse(text));
    }

    [TestMethod]
    public void Merge_SamePrefixForDifferentUris_FirstHoistedSecondLocal()
    {
        const string First = "<p:A xmlns:p='urn:test:one'><p:x>p:one</p:x></p:A>";
        const string Second = "<p:B xmlns:p='urn:test:two' xmlns:q='urn:test:q'><p:y q:at='p:two'>p:two</p:y></p:B>";
        var shapes = new[] { First, Second }.Select(t => TreeShape.Capture(XElement.Parse(t))).ToList();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [XElement.Parse(First), XElement.Parse(Second)]);

        Assert.AreEqual("urn:test:one", profile.Attribute(XNamespace.Xmlns + "p")?.Value);
        Assert.AreEqual("urn:test:q", profile.Attribute(XNamespace.Xmlns + "q")?.Value);
        var second = profile.Elements().Last();
        Assert.AreEqual("urn:test:two", second.Attribute(XNamespace.Xmlns + "p")?.Value);
        Assert.IsNull(second.Attribute(XNamespace.Xmlns + "q"));
        foreach (var result in new[] { XElement.Parse(profile.ToString()), MergeSerialization.ViaWriterInsideOuterElement(profile) })
        {
            TreeShape.AssertProfileHolds(shapes, result);
            Assert.AreEqual(XNamespace.Get("urn:test:one"), result.Elements().First().Elements().Single().GetNamespaceOfPrefix("p"));
            Assert.AreEqual(XNamespace.Get("urn:test:two"), result.Elements().Last().Elements().Single().GetNamespaceOfPrefix("p"));
        }
    }

    [TestMethod]
    public void Merge_ComponentBindsGupElsewhere_KeepsItLocal()
    {
        const string Text = "<gup:Foreign xmlns:gup='urn:test:not-gup'><gup:Ref>gup:Thing</gup:Ref></gup:Foreign>";
        var shape = TreeShape.Capture(XElement.Parse(Text));

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [XElement.Parse(Text)]);

        Assert.AreEqual(Namespaces.Gup, profile.Attribute(XNamespace.Xmlns + "gup")?.Value);
        Assert.AreEqual("urn:test:not-gup", profile.Elements().Single().Attribute(XNamespace.Xmlns + "gup")?.Value);
        var reparsed = XElement.Parse(profile.ToString());
        Assert.AreEqual(Gup + "Profile", reparsed.Name);
        TreeShape.AssertProfileHolds([shape], reparsed);
    }

    [TestMethod]
    public void Merge_ComponentBindsGupToGup_DropsTheRepetition()
    {
        var component = MergeFixtures.Parse(MergeFixtures.AuthorizationRules);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [component]);

        Assert.IsNull(component.Attribute(XNamespace.Xmlns + "gup"));
        Assert.AreEqual(1, MergeSerialization.CountOccurrences(profile.ToString(), "xmlns:gup="));
    }

    [TestMethod]
    public void Merge_DescendantDeclarationWithUnboundPrefix_MovesToProfile()
    {
        var select = new XElement(Gup + "Select", new XAttribute(XNamespace.Xmlns + "pres", Namespaces.Presence), "/gup:Profile/pres:PresenceSettings");
        var rules = new XElement(Gup + "AuthorizationRules", new XElement(Gup + "Rule", new XElement(Gup + "Target", select)));
        var shape = TreeShape.Capture(rules);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [rules]);

        Assert.AreEqual(Namespaces.Presence, profile.Attribute(XNamespace.Xmlns + "pres")?.Value);
        Assert.IsFalse(select.Attributes().Any());
        foreach (var result in new[] { profile, XElement.Parse(profile.ToString()), MergeSerialization.ViaWriterInsideOuterElement(profile) })
        {
            TreeShape.AssertProfileHolds([shape], result);
            Assert.AreEqual(XNamespace.Get(Namespaces.Presence), result.Descendants(Gup + "Select").Single().GetNamespaceOfPrefix("pres"));
        }
    }

    [TestMethod]
    public void Merge_DescendantRedeclaringAncestor_DropsTheRepetition()
    {
        const string Text = "<a:A xmlns:a='urn:test:a'><a:b xmlns:a='urn:test:a'>a:x</a:b><c xmlns='urn:test:d'><c2 xmlns='urn:test:d'>y</c2></c><e xmlns='urn:test:d'/></a:A>";
        var shape = TreeShape.Capture(XElement.Parse(Text));

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [XElement.Parse(Text)]);

        var text = profile.ToString(SaveOptions.DisableFormatting);
        Assert.AreEqual(1, MergeSerialization.CountOccurrences(text, "xmlns:a="));
        Assert.AreEqual(2, MergeSerialization.CountOccurrences(text, "xmlns=\"urn:test:d\""));
        TreeShape.AssertProfileHolds([shape], profile);
        TreeShape.AssertProfileHolds([shape], XElement.Parse(text));
    }

    [TestMethod]
    public void Merge_DescendantUnderShadowingAncestor_KeepsItsDeclaration()
    {
        const string First = "<p:A xmlns:p='urn:test:one'/>";
        const string Second = "<p:B xmlns:p='urn:test:two'><p:c><x:d xmlns:x='urn:test:one' xmlns:p='urn:test:one'>p:z</x:d></p:c></p:B>";
        var shapes = new[] { First, Second }.Select(t => TreeShape.Capture(XElement.Parse(t))).ToList();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [XElement.Parse(First), XElement.Parse(Second)]);

        var d = profile.Descendants(XName.Get("d", "urn:test:one")).Single();
        Assert.AreEqual("urn:test:one", d.Attribute(XNamespace.Xmlns + "p")?.Value);
        Assert.AreEqual("urn:test:one", profile.Attribute(XNamespace.Xmlns + "x")?.Value);
        foreach (var result in new[] { profile, XElement.Parse(profile.ToString()), MergeSerialization.ViaWriterInsideOuterElement(profile) })
        {
            TreeShape.AssertProfileHolds(shapes, result);
        }
    }

    [TestMethod]
    public void Merge_MoreDistinctPrefixesThanTheLimit_KeepsTheRestLocal()
    {
        var count = NamespaceHoister.MaxHoistedDeclarations + 6;
        var component = new XElement("Many", Enumerable.Range(0, count).Select(i =>
            new XElement(XName.Get("e", $"urn:test:n{i}"), new XAttribute(XNamespace.Xmlns + $"n{i}", $"urn:test:n{i}"), $"n{i}:v")));
        var shape = TreeShape.Capture(component);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [component]);

        Assert.AreEqual(NamespaceHoister.MaxHoistedDeclarations + 1, profile.Attributes().Count(a => a.IsNamespaceDeclaration));
        Assert.AreEqual(6, component.Descendants().Count(e => e.Attributes().Any(a => a.IsNamespaceDeclaration)));
        TreeShape.AssertProfileHolds([shape], XElement.Parse(profile.ToString()));
    }
}
