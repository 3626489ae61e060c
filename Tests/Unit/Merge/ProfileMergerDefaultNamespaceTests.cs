using System.Xml.Linq;
using GupSoap.Server.Merge;

namespace GupSoap.Tests.Unit.Merge;

/// <summary>
/// TS 23.240 §5 proxy mode: default namespaces and elements in no namespace survive the merge and every serialization;
/// a default namespace never moves to the Profile, so no component sees another component's default.
/// </summary>
[TestClass]
public sealed class ProfileMergerDefaultNamespaceTests
{
    private const string DefaultRoot = """
        <Settings xmlns="urn:test:d1" kind="x">
          <Status>open</Status>
          <Type>Status</Type>
          <Legacy xmlns=""><Flag on="1">Status</Flag></Legacy>
        </Settings>
        """;

    private const string NoNamespace = "<Plain kind='x'><Inner>Status</Inner></Plain>";

    private const string PrefixedRootWithDefault = """
        <sub:SubscriberInfo xmlns:sub="urn:3gpp:gup:2006-08:subscriber" xmlns="urn:test:d3">
          <sub:MSISDN>1</sub:MSISDN>
          <Extra type="sub:MSISDN">Extra</Extra>
          <Bare xmlns=""><sub:Deep>sub:Deep</sub:Deep></Bare>
        </sub:SubscriberInfo>
        """;

    [TestMethod]
    public void Merge_DefaultNamespaceDeclaration_StaysOnComponent()
    {
        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [XElement.Parse(DefaultRoot), XElement.Parse(NoNamespace)]);

        Assert.IsNull(profile.Attribute("xmlns"));
        Assert.AreEqual("urn:test:d1", profile.Elements().First().Attribute("xmlns")?.Value);
        var plain = profile.Element("Plain")!;
        Assert.AreEqual(XNamespace.None, plain.GetDefaultNamespace());
        Assert.AreEqual(XNamespace.None, plain.Element("Inner")!.GetDefaultNamespace());
    }

    [TestMethod]
    public void Merge_PrefixedComponentAfterDefaultOne_StillHasNoDefault()
    {
        var subscriber = MergeFixtures.Parse(MergeFixtures.SubscriberInfo);

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, [XElement.Parse(DefaultRoot), subscriber]);

        foreach (var result in new[] { profile, MergeSerialization.ViaToString(profile, SaveOptions.None) })
        {
            Assert.IsTrue(result.Elements().Last().DescendantsAndSelf().All(e => e.GetDefaultNamespace() == XNamespace.None));
        }
    }

    [TestMethod]
    [DataRow(SaveOptions.None)]
    [DataRow(SaveOptions.DisableFormatting)]
    [DataRow(SaveOptions.OmitDuplicateNamespaces)]
    public void Merge_MixedDefaultAndNoNamespace_RoundTripsThroughToString(SaveOptions options)
    {
        var (components, shapes) = MixedComponents();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, components);

        var reparsed = MergeSerialization.ViaToString(profile, options);
        TreeShape.AssertProfileHolds(shapes, reparsed);
        AssertNoNamespaceComponentSeesNoDefault(reparsed);
    }

    [TestMethod]
    public void Merge_MixedDefaultAndNoNamespace_RoundTripsThroughWriterInsideOuterElement()
    {
        var (components, shapes) = MixedComponents();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, components);

        var reparsed = MergeSerialization.ViaWriterInsideOuterElement(profile);
        Assert.AreEqual(XNamespace.Get(MergeSerialization.OuterDefaultNamespace), reparsed.Parent!.GetDefaultNamespace());
        TreeShape.AssertProfileHolds(shapes, reparsed);
        AssertNoNamespaceComponentSeesNoDefault(reparsed);
    }

    [TestMethod]
    public void Merge_CodeBuiltComponents_NothingToHoistAndRoundTrips()
    {
        XElement[] components = [MergeFixtures.BuiltSubscriberInfo(), MergeFixtures.BuiltAuthorizationRules(), MergeFixtures.BuiltNoNamespace()];
        var shapes = components.Select(TreeShape.Capture).ToList();

        var profile = ProfileMerger.Merge(MergeFixtures.ResourceId, components);

        Assert.AreEqual(1, profile.DescendantsAndSelf().SelectMany(e => e.Attributes()).Count(a => a.IsNamespaceDeclaration));
        TreeShape.AssertProfileHolds(shapes, profile);
        TreeShape.AssertProfileHolds(shapes, MergeSerialization.ViaToString(profile, SaveOptions.None));
        TreeShape.AssertProfileHolds(shapes, MergeSerialization.ViaToString(profile, SaveOptions.OmitDuplicateNamespaces));
        TreeShape.AssertProfileHolds(shapes, MergeSerialization.ViaWriterInsideOuterElement(profile));
    }

    private static (XElement[] Components, List<IReadOnlyList<ElementShape>> Shapes) MixedComponents()
    {
        XElement[] components =
        [
            XElement.Parse(DefaultRoot),
            XElement.Parse(NoNamespace),
            XElement.Parse(PrefixedRootWithDefault),
            MergeFixtures.BuiltNoNamespace(),
            MergeFixtures.Parse(MergeFixtures.SubscriberInfo),
        ];
        return (components, [.. components.Select(TreeShape.Capture)]);
    }

    /// <summary>An unprefixed QName in the text of a component that declared no default must still mean "no namespace".</summary>
    private static void AssertNoNamespaceComponentSeesNoDefault(XElement profile)
    {
        var plain = profile.Element("Plain")!;
        Assert.AreEqual(XNamespace.None, plain.GetDefaultNamespace());
        Assert.AreEqual(XNamespace.None, plain.Element("Inner")!.GetDefaultNamespace());
    }
}
