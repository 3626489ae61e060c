using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Gup;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Raf.RafTestData;

namespace GupSoap.Tests.Unit.Raf;

/// <summary>Component validation against the strict XSD plus Define Data extensions (TS 23.240 §4.4.9).</summary>
[TestClass]
public sealed class ComponentValidatorTests
{
    private static readonly ComponentValidator Validator = new(SchemaRegistry.Default);

    private static StoredDefinition RetentionDays(int maxOccurs = 1, string parent = "/lcs:LcsPrivacy", IReadOnlyDictionary<string, string>? namespaces = null) =>
        new(ComponentTypeNames.LcsPrivacy, Lcs + "RetentionDays", Xs + "int", parent,
            namespaces ?? new Dictionary<string, string>(StringComparer.Ordinal) { ["lcs"] = Lcs.NamespaceName }, maxOccurs);

    private static StoredDefinition DevicePriority() =>
        new(ComponentTypeNames.PresenceSettings, Pres + "Priority", Xs + "int", "/pres:PresenceSettings/pres:Device",
            new Dictionary<string, string>(StringComparer.Ordinal), 1);

    private static void AssertInvalidData(GupFailure? failure, string mentioned)
    {
        Assert.IsNotNull(failure);
        Assert.AreEqual(StatusCodes.InvalidParameter, failure.ErrorType);
        Assert.AreEqual(StatusCodes.InvalidData, failure.Detail);
        Assert.Contains(mentioned, failure.Comment);
        Assert.DoesNotContain("   at ", failure.Comment);
    }

    [TestMethod]
    [DataRow("sub")]
    [DataRow("pres")]
    [DataRow("lcs")]
    public void Validate_ValidComponent_Passes(string type)
    {
        var component = type switch
        {
            "sub" => SubscriberInfo(),
            "pres" => PresenceSettings(),
            _ => LcsPrivacy(),
        };

        Assert.IsNull(Validator.Validate(component, []));
    }

    [TestMethod]
    public void Validate_InvalidSimpleValue_FailsInvalidDataNamingTheElement()
    {
        var component = SubscriberInfo();
        component.Element(Sub + "MSISDN")!.Value = "not-a-number";

        AssertInvalidData(Validator.Validate(component, []), "MSISDN");
    }

    [TestMethod]
    public void Validate_MissingRequiredElement_FailsInvalidData()
    {
        var component = SubscriberInfo();
        component.Element(Sub + "Language")!.Remove();

        var failure = Validator.Validate(component, []);

        Assert.IsNotNull(failure);
        Assert.AreEqual(StatusCodes.InvalidData, failure.Detail);
        Assert.IsFalse(string.IsNullOrWhiteSpace(failure.Comment));
    }

    [TestMethod]
    public void Validate_UnknownRoot_FailsInvalidData()
    {
        AssertInvalidData(Validator.Validate(new XElement(XName.Get("Other", "urn:example:other")), []), "Other");
    }

    [TestMethod]
    public void Validate_ExtensionWithoutDefinition_Fails()
    {
        var failure = Validator.Validate(LcsPrivacy("<RetentionDays>30</RetentionDays>"), []);

        Assert.IsNotNull(failure);
        Assert.AreEqual(StatusCodes.InvalidData, failure.Detail);
    }

    [TestMethod]
    public void Validate_DefinedExtension_Passes()
    {
        Assert.IsNull(Validator.Validate(LcsPrivacy("<RetentionDays>30</RetentionDays>"), [RetentionDays()]));
    }

    [TestMethod]
    public void Validate_DefinedExtensionAtEnd_Passes()
    {
        var component = LcsPrivacy();
        component.Add(new XElement(Lcs + "RetentionDays", " 7 "));

        Assert.IsNull(Validator.Validate(component, [RetentionDays()]));
    }

    [TestMethod]
    public void Validate_DefinitionAbsentFromComponent_StillPasses()
    {
        Assert.IsNull(Validator.Validate(LcsPrivacy(), [RetentionDays()]));
    }

    [TestMethod]
    public void Validate_DefinitionWithOwnPrefix_ResolvesItFromTheNamespaceMap()
    {
        var definition = RetentionDays(parent: "/gup:Profile/p:LcsPrivacy",
            namespaces: new Dictionary<string, string>(StringComparer.Ordinal) { ["p"] = Lcs.NamespaceName });

        Assert.IsNull(Validator.Validate(LcsPrivacy("<RetentionDays>30</RetentionDays>"), [definition]));
    }

    [TestMethod]
    [DataRow("thirty")]
    [DataRow("")]
    [DataRow("3.5")]
    [DataRow("99999999999")]
    public void Validate_DefinedExtensionWithBadValue_FailsInvalidData(string value)
    {
        AssertInvalidData(Validator.Validate(LcsPrivacy($"<RetentionDays>{value}</RetentionDays>"), [RetentionDays()]), "RetentionDays");
    }

    [TestMethod]
    public void Validate_DefinedExtensionTooOften_FailsInvalidData()
    {
        AssertInvalidData(Validator.Validate(LcsPrivacy("<RetentionDays>1</RetentionDays><RetentionDays>2</RetentionDays>"), [RetentionDays()]), "RetentionDays");
    }

    [TestMethod]
    public void Validate_DefinedExtensionUpToMaxOccurs_Passes()
    {
        Assert.IsNull(Validator.Validate(LcsPrivacy("<RetentionDays>1</RetentionDays><RetentionDays>2</RetentionDays>"), [RetentionDays(maxOccurs: 2)]));
    }

    [TestMethod]
    public void Validate_DefinedExtensionUnderOtherParent_Fails()
    {
        var component = LcsPrivacy();
        component.Element(Lcs + "DefaultPolicy")!.Add(new XElement(Lcs + "RetentionDays", "30"));

        var failure = Validator.Validate(component, [RetentionDays()]);

        Assert.IsNotNull(failure);
        Assert.AreEqual(StatusCodes.InvalidData, failure.Detail);
    }

    [TestMethod]
    public void Validate_NestedDefinitionUsedAtComponentLevel_Fails()
    {
        var component = PresenceSettings();
        component.Element(Pres + "Status")!.AddAfterSelf(new XElement(Pres + "Priority", "1"));

        var failure = Validator.Validate(component, [DevicePriority()]);

        Assert.IsNotNull(failure);
        Assert.AreEqual(StatusCodes.InvalidData, failure.Detail);
    }

    [TestMethod]
    public void Validate_NestedDefinitionUnderItsParent_Passes()
    {
        var component = PresenceSettings();
        component.Element(Pres + "Device")!.Add(new XElement(Pres + "Priority", "1"));

        Assert.IsNull(Validator.Validate(component, [DevicePriority()]));
    }

    [TestMethod]
    public void Validate_DefinedExtensionWithChildElement_FailsInvalidData()
    {
        AssertInvalidData(Validator.Validate(LcsPrivacy("<RetentionDays><Days>30</Days></RetentionDays>"), [RetentionDays()]), "RetentionDays");
    }

    [TestMethod]
    [DataRow("unit=\"days\"")]
    [DataRow("lcs:unit=\"days\" xmlns:lcs=\"urn:3gpp:gup:2006-08:lcs\"")]
    public void Validate_DefinedExtensionWithAttribute_FailsInvalidData(string attribute)
    {
        AssertInvalidData(Validator.Validate(LcsPrivacy($"<RetentionDays {attribute}>30</RetentionDays>"), [RetentionDays()]), "RetentionDays");
    }

    [TestMethod]
    public void Validate_DefinedExtensionWithNamespaceDeclaration_Passes()
    {
        Assert.IsNull(Validator.Validate(LcsPrivacy("<RetentionDays xmlns:x=\"urn:example:x\">30</RetentionDays>"), [RetentionDays()]));
    }

    [TestMethod]
    public void Validate_WithDefinitions_LeavesTheComponentUnchanged()
    {
        var component = LcsPrivacy("<RetentionDays>30</RetentionDays>");
        var before = component.ToString();

        Assert.IsNull(Validator.Validate(component, [RetentionDays()]));

        Assert.AreEqual(before, component.ToString());
        Assert.IsNotNull(component.Element(Lcs + "RetentionDays"));
    }

    [TestMethod]
    public void Validate_FailingDefinitions_LeavesTheComponentUnchanged()
    {
        var component = LcsPrivacy("<RetentionDays>1</RetentionDays><RetentionDays>x</RetentionDays>");
        var before = component.ToString();

        Assert.IsNotNull(Validator.Validate(component, [RetentionDays(maxOccurs: 2)]));

        Assert.AreEqual(before, component.ToString());
    }
}
