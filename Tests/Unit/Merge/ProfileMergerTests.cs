using System.Text;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Server.Merge;

namespace GupSoap.Tests.Unit.Merge;

/// <summary>TS 23.240 §4.3.5 / §5 proxy mode: the Profile element, child order, ownership and cost of the merge.</summary>
[TestClass]
public sealed class ProfileMergerTests
{
    private static readonly XNamespace Gup = Namespaces.Gup;

    [TestMethod]
    public void Merge_NoComponents_ReturnsProfileWithoutChildren()
    {
        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, []);

        Assert.AreEqual(Gup + "Profile", profile.Name);
        Assert.IsFalse(profile.HasElements);
        Assert.AreEqual("gup", profile.GetPrefixOfNamespace(Gup));
        var reparsed = XElement.Parse(profile.ToString());
        Assert.AreEqual(Gup + "Profile", reparsed.Name);
        Assert.IsEmpty(reparsed.Nodes());
    }

    [TestMethod]
    [DataRow("sip:alice@example.org")]
    [DataRow("tel:+46 70 <&> \"quoted\" 'single'")]
    [DataRow("")]
    public void Merge_ResourceId_IsUnqualifiedAndVerbatim(string resourceId)
    {
        var profile = ProfileMerger.Merge(resourceId, [MergeFixtures.Parse(MergeFixtures.SubscriberInfo)]);

        var attribute = XElement.Parse(profile.ToString()).Attributes().Single(a => !a.IsNamespaceDeclaration);
        Assert.AreEqual(XName.Get("resourceID"), attribute.Name);
        Assert.AreEqual(resourceId, attribute.Value);
    }

    [TestMethod]
    public void Merge_Components_KeepTheGivenOrder()
    {
        XElement[] components =
        [
            MergeFixtures.Parse(MergeFixtures.PresenceSettings),
            MergeFixtures.BuiltAuthorizationRules(),
            MergeFixtures.Parse(MergeFixtures.SubscriberInfo),
            MergeFixtures.BuiltNoNamespace(),
        ];
        var names = components.Select(c => c.Name).ToList();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, components);

        CollectionAssert.AreEqual(names, profile.Elements().Select(e => e.Name).ToList());
        CollectionAssert.AreEqual(names, XElement.Parse(profile.ToString()).Elements().Select(e => e.Name).ToList());
    }

    [TestMethod]
    public void Merge_DetachedComponents_AreAdoptedByReference()
    {
        XElement[] components = [MergeFixtures.Parse(MergeFixtures.SubscriberInfo), MergeFixtures.BuiltAuthorizationRules()];

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, components);

        var children = profile.Elements().ToList();
        Assert.HasCount(2, children);
        Assert.IsTrue(ReferenceEquals(components[0], children[0]));
        Assert.IsTrue(ReferenceEquals(components[1], children[1]));
        Assert.AreSame(profile, components[0].Parent);
    }

    [TestMethod]
    public void Merge_ComponentWithParent_IsCopiedAndKeepsInheritedBindings()
    {
        var response = XElement.Parse("""
            <rp:ReadDataResponse xmlns:rp="urn:3gpp:gup:2006-08:rp" xmlns:sub="urn:3gpp:gup:2006-08:subscriber" xmlns="urn:test:d">
              <rp:Data><sub:SubscriberInfo><sub:MSISDN>1</sub:MSISDN><Ref>sub:MSISDN</Ref></sub:SubscriberInfo></rp:Data>
            </rp:ReadDataResponse>
            """);
        var before = response.ToString();
        var component = response.Descendants(XName.Get("SubscriberInfo", Namespaces.Subscriber)).Single();
        var shape = TreeShape.Capture(component);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [component]);

        var child = profile.Elements().Single();
        Assert.IsFalse(ReferenceEquals(component, child));
        Assert.AreEqual(before, response.ToString());
        TreeShape.AssertProfileHolds([shape], profile);
        TreeShape.AssertProfileHolds([shape], XElement.Parse(profile.ToString()));
        Assert.AreEqual(XNamespace.Get("urn:test:d"), child.Element(XName.Get("Ref", "urn:test:d"))!.GetDefaultNamespace());
    }

    [TestMethod]
    public void Merge_DocumentRootComponent_IsCopiedAndDocumentUnchanged()
    {
        var document = XDocument.Parse(MergeFixtures.SubscriberInfo);
        var before = document.ToString();
        var shape = TreeShape.Capture(document.Root!);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [document.Root!]);

        Assert.IsFalse(ReferenceEquals(document.Root, profile.Elements().Single()));
        Assert.AreEqual(before, document.ToString());
        TreeShape.AssertProfileHolds([shape], XElement.Parse(profile.ToString()));
    }

    [TestMethod]
    public void Merge_SameComponentTwice_SecondIsACopyWithTheSameMeaning()
    {
        var component = MergeFixtures.Parse(MergeFixtures.AuthorizationRules);
        var shape = TreeShape.Capture(component);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [component, component]);

        var children = profile.Elements().ToList();
        Assert.IsTrue(ReferenceEquals(component, children[0]));
        Assert.IsFalse(ReferenceEquals(component, children[1]));
        TreeShape.AssertProfileHolds([shape, shape], XElement.Parse(profile.ToString()));
    }

    [TestMethod]
    public void Merge_LargeComponents_MergeAndSerializeCorrectly()
    {
        var components = Enumerable.Range(1, 3).Select(i => XElement.Parse(LargeComponent(i, items: 10_000))).ToList();
        var shapes = components.Select(TreeShape.Capture).ToList();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, components);

        Assert.IsTrue(shapes.All(s => s.Count > 20_000));
        Assert.IsTrue(components.Zip(profile.Elements()).All(pair => ReferenceEquals(pair.First, pair.Second)));
        var text = profile.ToString(SaveOptions.DisableFormatting);
        Assert.AreEqual(1, MergeSerialization.CountOccurrences(text, "xmlns:shared="));
        TreeShape.AssertProfileHolds(shapes, XElement.Parse(text));
        TreeShape.AssertProfileHolds(shapes, MergeSerialization.ViaWriterInsideOuterElement(profile));
    }

    [TestMethod]
    public void Merge_NullArguments_Throw()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => ProfileMerger.Merge(null!, []));
        Assert.ThrowsExactly<ArgumentNullException>(() => ProfileMerger.Merge(MergeFixtures.ResourceId, null!));
        Assert.ThrowsExactly<ArgumentException>(() => ProfileMerger.Merge(MergeFixtures.ResourceId, [null!]));
    }

    /// <summary>2 elements per item plus a no-namespace element every 1000 items under a default namespace; text holds QNames.</summary>
    private static string LargeComponent(int index, int items)
    {
        var text = new StringBuilder();
        text.Append($"<c{index}:Component xmlns:c{index}=\"urn:test:c{index}\" xmlns:shared=\"urn:test:shared\" xmlns=\"urn:test:d{index}\">");
        for (var k = 0; k < items; k++)
        {
            text.Append($"<Item n=\"{k}\"><c{index}:Value shared:ref=\"shared:k{k}\">c{index}:v{k}</c{index}:Value></Item>");
            if (k % 1000 == 0)
            {
                text.Append("<Bare xmlns=\"\">shared:bare</Bare>");
            }
        }

        return text.Append($"</c{index}:Component>").ToString();
    }
}
