using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Gup;
using GupSoap.Raf.Data;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Raf.RafTestData;

namespace GupSoap.Tests.Unit.Raf;

/// <summary>TS 23.240 §4.4.3 Modify Data on an in-memory component: insert versus overwrite, with the real schema order.</summary>
[TestClass]
public sealed class ModificationApplierTests
{
    private static readonly ModificationApplier Applier = new(new SchemaChildOrder(SchemaRegistry.Default));

    private static ValueContent Elements(params XElement[] elements) => new() { Elements = elements };

    private static ValueContent Text(string text) => new() { Text = text };

    private static (XElement Component, GupFailure? Failure) Apply(XElement component, string select, ValueContent? newData, bool overwrite) =>
        Applier.Apply(component, Select(select), newData, overwrite);

    private static void AssertValid(XElement component)
    {
        var result = SchemaRegistry.Default.Validate(component);
        Assert.IsTrue(result.IsValid, result.Error);
    }

    private static void AssertFailure(GupFailure? failure, string errorType, string detail)
    {
        Assert.IsNotNull(failure);
        Assert.AreEqual(errorType, failure.ErrorType, failure.Comment);
        Assert.AreEqual(detail, failure.Detail, failure.Comment);
        Assert.IsFalse(string.IsNullOrWhiteSpace(failure.Comment));
    }

    [TestMethod]
    public void Apply_OverwriteElement_ReplacesItInPlace()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:DisplayName", Elements(new XElement(Sub + "DisplayName", "Bob")), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN,MSISDN", ChildNames(component));
        Assert.AreEqual("Bob", component.Element(Sub + "DisplayName")!.Value);
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_OverwriteInProfileForm_ReplacesItInPlace()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/gup:Profile/sub:SubscriberInfo/sub:Language", Elements(new XElement(Sub + "Language", "sv")), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN,MSISDN", ChildNames(component));
        Assert.AreEqual("sv", component.Element(Sub + "Language")!.Value);
    }

    [TestMethod]
    public void Apply_OverwriteSeveralMatches_ReplacesAllOfThem()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:MSISDN", Elements(new XElement(Sub + "MSISDN", "999")), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN", ChildNames(component));
        Assert.AreEqual("999", component.Element(Sub + "MSISDN")!.Value);
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_OverwriteSeveralScatteredMatches_PutsNewDataAtFirstMatch()
    {
        // Not schema-valid on purpose: the applier only places data, so interleaved matches show where it goes.
        var component = XElement.Parse("""
            <SubscriberInfo xmlns="urn:3gpp:gup:2006-08:subscriber"><MSISDN>1</MSISDN><DisplayName>A</DisplayName><MSISDN>2</MSISDN><Language>en</Language><MSISDN>3</MSISDN></SubscriberInfo>
            """);

        var (result, failure) = Apply(component, "/sub:SubscriberInfo/sub:MSISDN", Elements(new XElement(Sub + "MSISDN", "8"), new XElement(Sub + "MSISDN", "9")), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("MSISDN,MSISDN,DisplayName,Language", ChildNames(result));
        Assert.AreEqual("89", string.Concat(result.Elements(Sub + "MSISDN").Select(e => e.Value)));
    }

    [TestMethod]
    public void Apply_InsertRepeatedElement_AppendsAfterLastSibling()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:MSISDN", Elements(new XElement(Sub + "MSISDN", "333")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN,MSISDN,MSISDN", ChildNames(component));
        Assert.AreEqual("111,222,333", string.Join(",", component.Elements(Sub + "MSISDN").Select(e => e.Value)));
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_InsertFirstRepeatedElement_LandsAfterEarlierSiblings()
    {
        var component = XElement.Parse("""
            <SubscriberInfo xmlns="urn:3gpp:gup:2006-08:subscriber"><DisplayName>Alice</DisplayName><Language>en</Language></SubscriberInfo>
            """);

        var (result, failure) = Apply(component, "/sub:SubscriberInfo/sub:MSISDN", Elements(new XElement(Sub + "MSISDN", "1"), new XElement(Sub + "MSISDN", "2")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN,MSISDN", ChildNames(result));
        Assert.AreEqual("12", string.Concat(result.Elements(Sub + "MSISDN").Select(e => e.Value)));
        AssertValid(result);
    }

    [TestMethod]
    public void Apply_InsertMissingOptionalElement_LandsInSchemaOrder()
    {
        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Note", Elements(new XElement(Pres + "Note", "in a meeting")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("Status,Note,Device", ChildNames(component));
        Assert.AreEqual("in a meeting", component.Element(Pres + "Note")!.Value);
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_InsertMissingElementBeforeAllSiblings_LandsFirst()
    {
        var component = XElement.Parse("""
            <PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Note>n</Note><Device id="phone"><Status>open</Status></Device></PresenceSettings>
            """);

        var (result, failure) = Apply(component, "/pres:PresenceSettings/pres:Status", Elements(new XElement(Pres + "Status", "open")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("Status,Note,Device", ChildNames(result));
        AssertValid(result);
    }

    [TestMethod]
    public void Apply_InsertMissingElementInNestedParent_LandsInThatParent()
    {
        var component = XElement.Parse("""
            <PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Status>open</Status><Device id="phone"/><Device id="tablet"><Status>open</Status></Device></PresenceSettings>
            """);

        var (result, failure) = Apply(component, "/pres:PresenceSettings/pres:Device[@id='phone']/pres:Status", Elements(new XElement(Pres + "Status", "closed")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        var devices = result.Elements(Pres + "Device").ToList();
        Assert.AreEqual("closed", devices[0].Element(Pres + "Status")!.Value);
        Assert.AreEqual("open", devices[1].Element(Pres + "Status")!.Value);
        Assert.HasCount(1, devices[1].Elements());
        AssertValid(result);
    }

    [TestMethod]
    public void Apply_InsertedNewData_IsACopy()
    {
        var note = new XElement(Pres + "Note", "n");

        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Note", Elements(note), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.IsNull(note.Parent);
        Assert.AreNotSame(note, component.Element(Pres + "Note"));
    }

    [TestMethod]
    public void Apply_OverwriteWithEmptyNewData_RemovesSelectedElement()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:MSISDN[1]", new ValueContent(), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN", ChildNames(component));
        Assert.AreEqual("222", component.Element(Sub + "MSISDN")!.Value);
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_OverwriteWithNullNewData_RemovesAllMatches()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:MSISDN", null, overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language", ChildNames(component));
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_OverwriteWithEmptyNewDataOnMissingElement_ChangesNothing()
    {
        var before = PresenceSettings().ToString();

        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Note", null, overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual(before, component.ToString());
    }

    [TestMethod]
    [DataRow("/sub:SubscriberInfo/sub:MSISDN", DisplayName = "existing element")]
    [DataRow("/sub:SubscriberInfo/sub:MSISDN[3]", DisplayName = "missing element")]
    public void Apply_InsertWithEmptyNewData_FailsMissingNewDataElement(string select)
    {
        var before = SubscriberInfo().ToString();

        var (component, failure) = Apply(SubscriberInfo(), select, new ValueContent(), overwrite: false);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.MissingNewDataElement);
        Assert.AreEqual(before, component.ToString());
    }

    [TestMethod]
    public void Apply_InsertEmptyAttribute_FailsMissingNewDataElement()
    {
        var component = XElement.Parse("""<PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Status>open</Status><Device><Status>open</Status></Device></PresenceSettings>""");

        var (_, failure) = Apply(component, "/pres:PresenceSettings/pres:Device/@id", null, overwrite: false);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.MissingNewDataElement);
    }

    [TestMethod]
    public void Apply_InsertOnExistingAttribute_FailsExistsAlready()
    {
        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device/@id", Text("tablet"), overwrite: false);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.ExistsAlready);
        Assert.AreEqual("phone", (string?)component.Element(Pres + "Device")!.Attribute("id"));
    }

    [TestMethod]
    public void Apply_OverwriteAttribute_ChangesItsValue()
    {
        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device[@id='phone']/@id", Text("tablet"), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("tablet", (string?)component.Element(Pres + "Device")!.Attribute("id"));
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_OverwriteAttributeWithEmptyText_RemovesIt()
    {
        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device/@id", null, overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.IsNull(component.Element(Pres + "Device")!.Attribute("id"));
    }

    [TestMethod]
    [DataRow(false, DisplayName = "insert")]
    [DataRow(true, DisplayName = "overwrite")]
    public void Apply_MissingAttribute_IsAdded(bool overwrite)
    {
        var component = XElement.Parse("""<PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Status>open</Status><Device><Status>open</Status></Device></PresenceSettings>""");

        var (result, failure) = Apply(component, "/pres:PresenceSettings/pres:Device/@id", Text("phone"), overwrite);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("phone", (string?)result.Element(Pres + "Device")!.Attribute("id"));
        AssertValid(result);
    }

    [TestMethod]
    public void Apply_AttributeWhoseElementIsMissing_FailsDoesNotExist()
    {
        var (_, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device[@id='tablet']/@id", Text("tablet"), overwrite: false);

        AssertFailure(failure, StatusCodes.DataUnavailable, StatusCodes.DoesNotExist);
    }

    [TestMethod]
    [DataRow(false, DisplayName = "insert")]
    [DataRow(true, DisplayName = "overwrite")]
    public void Apply_AttributeNewDataGivenAsElements_FailsInvalidData(bool overwrite)
    {
        var before = PresenceSettings().ToString();

        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device/@id", Elements(new XElement(Pres + "id", "tablet")), overwrite);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.InvalidData);
        Assert.AreEqual(before, component.ToString());
    }

    [TestMethod]
    [DataRow(true, "Language", ComponentTypeNames.SubscriberNamespace, DisplayName = "other local name, overwrite")]
    [DataRow(false, "Language", ComponentTypeNames.SubscriberNamespace, DisplayName = "other local name, insert")]
    [DataRow(true, "DisplayName", "", DisplayName = "same local name, no namespace")]
    [DataRow(true, "DisplayName", ComponentTypeNames.PresenceNamespace, DisplayName = "same local name, other namespace")]
    public void Apply_NewDataNameNotMatchingLastStep_FailsInvalidData(bool overwrite, string localName, string ns)
    {
        var before = SubscriberInfo().ToString();

        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:DisplayName", Elements(new XElement(XName.Get(localName, ns), "Bob")), overwrite);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.InvalidData);
        Assert.AreEqual(before, component.ToString());
    }

    [TestMethod]
    public void Apply_OneOfSeveralNewDataElementsMisnamed_FailsInvalidData()
    {
        var (_, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/sub:MSISDN", Elements(new XElement(Sub + "MSISDN", "3"), new XElement(Sub + "Language", "sv")), overwrite: false);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.InvalidData);
    }

    [TestMethod]
    [DataRow(false, DisplayName = "insert")]
    [DataRow(true, DisplayName = "overwrite")]
    public void Apply_ParentMissing_FailsDoesNotExist(bool overwrite)
    {
        var before = PresenceSettings().ToString();

        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device[@id='tablet']/pres:Status", Elements(new XElement(Pres + "Status", "open")), overwrite);

        AssertFailure(failure, StatusCodes.DataUnavailable, StatusCodes.DoesNotExist);
        Assert.AreEqual(before, component.ToString());
    }

    [TestMethod]
    public void Apply_OtherComponentType_FailsDoesNotExist()
    {
        var (_, failure) = Apply(PresenceSettings(), "/sub:SubscriberInfo/sub:MSISDN", Elements(new XElement(Sub + "MSISDN", "1")), overwrite: false);

        AssertFailure(failure, StatusCodes.DataUnavailable, StatusCodes.DoesNotExist);
    }

    [TestMethod]
    [DataRow("/sub:SubscriberInfo")]
    [DataRow("/gup:Profile/sub:SubscriberInfo")]
    public void Apply_InsertWholeComponent_FailsExistsAlready(string select)
    {
        var original = SubscriberInfo();

        var (component, failure) = Apply(original, select, Elements(SubscriberInfo()), overwrite: false);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.ExistsAlready);
        Assert.AreSame(original, component);
    }

    [TestMethod]
    public void Apply_OverwriteWholeComponentWithAnotherRoot_FailsInvalidData()
    {
        var original = SubscriberInfo();

        var (component, failure) = Apply(original, "/sub:SubscriberInfo", Elements(PresenceSettings()), overwrite: true);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.InvalidData);
        Assert.AreSame(original, component);
    }

    [TestMethod]
    public void Apply_OverwriteWholeComponentWithTwoRoots_FailsInvalidData()
    {
        var (_, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo", Elements(SubscriberInfo(), SubscriberInfo()), overwrite: true);

        AssertFailure(failure, StatusCodes.InvalidParameter, StatusCodes.InvalidData);
    }

    [TestMethod]
    public void Apply_OverwriteWholeComponentWithSameRoot_ReplacesIt()
    {
        var replacement = XElement.Parse("""
            <SubscriberInfo xmlns="urn:3gpp:gup:2006-08:subscriber"><DisplayName>Carol</DisplayName><Language>fr</Language></SubscriberInfo>
            """);

        var (component, failure) = Apply(SubscriberInfo(), "/gup:Profile/sub:SubscriberInfo", Elements(replacement), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language", ChildNames(component));
        Assert.AreEqual("Carol", component.Element(Sub + "DisplayName")!.Value);
        Assert.AreNotSame(replacement, component);
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_OverwriteThroughWildcard_AcceptsAnyName()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/*[1]", Elements(new XElement(Sub + "DisplayName", "Bob")), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN,MSISDN", ChildNames(component));
        Assert.AreEqual("Bob", component.Element(Sub + "DisplayName")!.Value);
    }

    [TestMethod]
    public void Apply_InsertThroughWildcard_AcceptsAnyName()
    {
        var (component, failure) = Apply(SubscriberInfo(), "/sub:SubscriberInfo/*", Elements(new XElement(Sub + "MSISDN", "333")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("DisplayName,Language,MSISDN,MSISDN,MSISDN", ChildNames(component));
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_InsertThroughWildcardIntoEmptyParent_AcceptsAnyName()
    {
        var component = XElement.Parse("""<PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Status>open</Status><Device id="phone"/></PresenceSettings>""");

        var (result, failure) = Apply(component, "/pres:PresenceSettings/pres:Device/*", Elements(new XElement(Pres + "Status", "open")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("Status", ChildNames(result.Element(Pres + "Device")!));
        AssertValid(result);
    }

    /// <summary>
    /// README "Inserted elements land where the schema's content model puts them": an insert through <c>*</c> of an
    /// optional element that is not yet there must not be appended after unrelated siblings.
    /// </summary>
    [TestMethod]
    public void Apply_InsertMissingElementThroughWildcard_LandsInSchemaOrder()
    {
        var (component, failure) = Apply(PresenceSettings(), "/pres:PresenceSettings/*", Elements(new XElement(Pres + "Note", "n")), overwrite: false);

        Assert.IsNull(failure, failure?.Comment);
        Assert.AreEqual("Status,Note,Device", ChildNames(component));
        AssertValid(component);
    }

    [TestMethod]
    public void Apply_InsertSecondCopyOfSingleElement_IsExistsAlready()
    {
        var (component, _) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Note", Elements(new XElement(Pres + "Note", "first")), overwrite: false);

        var (_, failure) = Apply(component, "/pres:PresenceSettings/pres:Note", Elements(new XElement(Pres + "Note", "second")), overwrite: false);

        AssertFailure(failure, "InvalidParameter", "ExistsAlready");
    }

    [TestMethod]
    public void Apply_OverwriteMatchesUnderSeveralParents_ReplacesUnderEachParent()
    {
        var (component, _) = Apply(PresenceSettings(), "/pres:PresenceSettings/pres:Device",
            Elements(new XElement(Pres + "Device", new XAttribute("id", "tablet"), new XElement(Pres + "Status", "closed"))), overwrite: false);

        (component, var failure) = Apply(component, "/pres:PresenceSettings/pres:Device/pres:Status", Elements(new XElement(Pres + "Status", "open")), overwrite: true);

        Assert.IsNull(failure, failure?.Comment);
        CollectionAssert.AreEqual(new[] { "open", "open" }, component.Elements(Pres + "Device").Select(d => d.Element(Pres + "Status")!.Value).ToArray());
        AssertValid(component);
    }
}
