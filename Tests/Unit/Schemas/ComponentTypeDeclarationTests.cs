using System.Xml.Linq;
using GupSoap.Schemas;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Schemas;

/// <summary>
/// Component types as data (TS 23.240 §4.1.1): the built-in five and an operator's own are declared the same way — a
/// schema with a descriptor beside it, or configuration — and every mistake is refused naming the file or key.
/// </summary>
[TestClass]
public sealed class ComponentTypeDeclarationTests
{
    private const string Ns = OperatorSchema.Namespace;

    private static SchemaFile Operator(string name, string text) => new(name, text, "/srv/schemas/" + name, IsBuiltIn: false);

    private static ComponentTypeEntry Entry(string element, string? schema = OperatorSchema.FileName, string? key = null, string declaredIn = "/srv/schemas/x.component.json") =>
        new(element, schema, key, declaredIn);

    private static SchemaRegistry Build(IEnumerable<SchemaFile> files, params ComponentTypeEntry[] entries) =>
        SchemaRegistry.Build(SchemaSources.BuiltIn.With(new SchemaSources([.. files], entries)));

    private static SchemaRegistry BuildOperator(params ComponentTypeEntry[] entries) =>
        Build([Operator(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.Revision1))], entries);

    private static string Schema(string body, string prefixes = $"xmlns:pc=\"{Ns}\"", string targetNamespace = Ns) => $"""
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" {prefixes} targetNamespace="{targetNamespace}" elementFormDefault="qualified">
          {body}
        </xs:schema>
        """;

    private static SchemaCatalogException Refused(Func<SchemaRegistry> build) => Assert.ThrowsExactly<SchemaCatalogException>(() => build());

    [TestMethod]
    public void BuiltIn_FiveStandardTypes_DeclaredByDescriptorsBesideTheirSchemas()
    {
        var declarations = SchemaRegistry.Default.Declarations.ToDictionary(d => d.Element);

        CollectionAssert.AreEquivalent(
            new[] { ComponentTypeNames.SubscriberInfo, ComponentTypeNames.AuthorizationRules, ComponentTypeNames.PresenceSettings, ComponentTypeNames.LcsPrivacy, ComponentTypeNames.McpttUserProfile },
            declarations.Keys.ToArray());
        Assert.AreEqual("sub", declarations[ComponentTypeNames.SubscriberInfo].Prefix);
        Assert.AreEqual("subscriber.xsd", declarations[ComponentTypeNames.SubscriberInfo].SchemaFile);
        Assert.AreEqual("built-in subscriber.component.json", declarations[ComponentTypeNames.SubscriberInfo].DeclaredIn);
        Assert.AreEqual("gup", declarations[ComponentTypeNames.AuthorizationRules].Prefix);
        Assert.AreEqual(ComponentTypeNames.ProfileIdAttribute, declarations[ComponentTypeNames.McpttUserProfile].InstanceKey);
        Assert.IsTrue(declarations.Values.Where(d => d.Element != ComponentTypeNames.McpttUserProfile).All(d => d.InstanceKey is null));
        CollectionAssert.AreEquivalent(new[] { "gup", "sub", "pres", "lcs", "mcpttup" }, SchemaRegistry.Default.Prefixes.Keys.ToArray());
    }

    [TestMethod]
    public void BuiltIn_ProcessTable_StartsWithTheBuiltInDeclarations()
    {
        Assert.AreEqual("urn:3gpp:gup:2006-08:subscriber", DeclaredComponentTypes.NamespaceOf("sub"));
        Assert.AreEqual(ComponentTypeNames.ProfileIdAttribute, ComponentTypeNames.InstanceKey(ComponentTypeNames.McpttUserProfile));
        Assert.IsNull(ComponentTypeNames.InstanceKey(ComponentTypeNames.SubscriberInfo));
    }

    [TestMethod]
    public void Build_SchemaWithDescriptor_DeclaresTheTypeWithItsPrefixAndValidatesIt()
    {
        var registry = BuildOperator(Entry("ParentalControl"));

        var declaration = registry.Declaration(OperatorSchema.Type)!;
        Assert.AreEqual("pc", declaration.Prefix);
        Assert.AreEqual(OperatorSchema.FileName, declaration.SchemaFile);
        Assert.IsNull(declaration.InstanceKey);
        Assert.AreEqual(Ns, registry.Prefixes["pc"]);
        Assert.AreEqual(OperatorSchema.Type, registry.ComponentTypes[^1]);
        Assert.AreEqual((Ns, OperatorSchema.FileName), registry.ComponentSchemas[^1]);
        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.Revision1), registry.GetSchemaText(OperatorSchema.FileName));
        Assert.IsTrue(registry.Validate(XElement.Parse(OperatorSchema.Document(minutes: 90, blocked: "gambling"))).IsValid);
        var invalid = registry.Validate(XElement.Parse(OperatorSchema.Document(minutes: -5)));
        Assert.IsFalse(invalid.IsValid);
        Assert.Contains("MaxMinutesPerDay", invalid.Error!);
    }

    [TestMethod]
    public void Build_ConfigurationEntryWithClarkNameOnly_FindsTheSchemaByNamespace()
    {
        var registry = BuildOperator(Entry("{" + Ns + "}ParentalControl", schema: null, declaredIn: "Gup:ComponentTypes:0"));

        Assert.AreEqual("Gup:ComponentTypes:0", registry.Declaration(OperatorSchema.Type)!.DeclaredIn);
    }

    [TestMethod]
    public void Build_WithoutDeclaration_SchemaIsServedButDeclaresNoType()
    {
        var registry = BuildOperator();

        Assert.IsFalse(registry.IsComponentType(OperatorSchema.Type));
        Assert.IsNotNull(registry.GetSchemaText(OperatorSchema.FileName));
        Assert.IsFalse(registry.Prefixes.ContainsKey("pc"));
    }

    [TestMethod]
    public void Build_SchemaThatDoesNotCompile_NamesTheFileAndLine()
    {
        var broken = Schema("""<xs:element name="ParentalControl" type="pc:NoSuchType"/>""");

        var refused = Refused(() => Build([Operator(OperatorSchema.FileName, broken)], Entry("ParentalControl")));

        Assert.AreEqual("/srv/schemas/parental-control.xsd", refused.Location);
        StringAssert.StartsWith(refused.Problem, "line 2: ");
        Assert.Contains("NoSuchType", refused.Problem);
        Assert.DoesNotContain("\n", refused.Message);
    }

    [TestMethod]
    public void Build_NotWellFormed_NamesTheFile()
    {
        var refused = Refused(() => Build([Operator(OperatorSchema.FileName, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">")], Entry("ParentalControl")));

        Assert.AreEqual("/srv/schemas/parental-control.xsd", refused.Location);
        Assert.Contains("not well-formed", refused.Problem);
    }

    [TestMethod]
    public void Build_ElementDeclaredTwice_RefusedNamingBothDeclarations()
    {
        var refused = Refused(() => BuildOperator(Entry("ParentalControl"), Entry("{" + Ns + "}ParentalControl", declaredIn: "Gup:ComponentTypes:0")));

        Assert.AreEqual("Gup:ComponentTypes:0", refused.Location);
        Assert.Contains("second time", refused.Problem);
        Assert.Contains("/srv/schemas/x.component.json", refused.Problem);
    }

    [TestMethod]
    public void Build_GlobalElementInTwoSchemasOfOneNamespace_Refused()
    {
        var other = Schema("""<xs:element name="ParentalControl" type="xs:string"/>""");

        var refused = Refused(() => Build([Operator(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.Revision1)), Operator("other.xsd", other)], Entry("ParentalControl")));

        Assert.Contains("ParentalControl", refused.Problem);
    }

    [TestMethod]
    public void Build_BuiltInElementDeclaredAgain_Refused()
    {
        var refused = Refused(() => BuildOperator(Entry("{urn:3gpp:gup:2006-08:subscriber}SubscriberInfo", schema: "subscriber.xsd", declaredIn: "Gup:ComponentTypes:0")));

        Assert.AreEqual("Gup:ComponentTypes:0", refused.Location);
        Assert.Contains("built-in", refused.Problem);
    }

    [TestMethod]
    public void Build_ElementTheSchemaDoesNotDeclare_Refused()
    {
        var refused = Refused(() => BuildOperator(Entry("Curfew")));

        Assert.AreEqual("/srv/schemas/x.component.json", refused.Location);
        Assert.Contains("Curfew", refused.Problem);
    }

    [TestMethod]
    public void Build_ElementOfAnotherNamespace_Refused()
    {
        var refused = Refused(() => BuildOperator(Entry("{urn:example:other}ParentalControl")));

        Assert.Contains("not in the targetNamespace", refused.Problem);
    }

    [TestMethod]
    public void Build_UnknownSchemaFile_Refused()
    {
        var refused = Refused(() => BuildOperator(Entry("ParentalControl", schema: "nope.xsd")));

        Assert.Contains("nope.xsd", refused.Problem);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("xmlns:a=\"urn:example:parental-control\" xmlns:b=\"urn:example:parental-control\"")]
    [DataRow("xmlns:rg=\"urn:example:parental-control\"")]
    [DataRow("xmlns:sub=\"urn:example:parental-control\"")]
    public void Build_PrefixOfTheTargetNamespaceMissingAmbiguousReservedOrTaken_Refused(string prefixes)
    {
        var schema = Schema("""<xs:element name="ParentalControl" type="xs:string"/>""", prefixes);

        var refused = Refused(() => Build([Operator(OperatorSchema.FileName, schema)], Entry("ParentalControl")));

        Assert.AreEqual("/srv/schemas/parental-control.xsd", refused.Location);
        Assert.Contains("prefix", refused.Problem);
    }

    [TestMethod]
    public void Build_SchemaWithoutTargetNamespace_Refused()
    {
        const string schema = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="ParentalControl" type="xs:string"/></xs:schema>""";

        var refused = Refused(() => Build([Operator(OperatorSchema.FileName, schema)], Entry("ParentalControl")));

        Assert.Contains("targetNamespace", refused.Problem);
    }

    [TestMethod]
    public void Build_FileNamedLikeABuiltInSchema_Refused()
    {
        var refused = Assert.ThrowsExactly<SchemaCatalogException>(() => SchemaSources.BuiltIn.With(new SchemaSources([Operator("gup.xsd", Schema(""))], [])));

        Assert.AreEqual("/srv/schemas/gup.xsd", refused.Location);
        Assert.Contains("built-in", refused.Problem);
    }

    [TestMethod]
    public void Build_MultiInstanceType_KeyedByItsAttributeBesideVersion()
    {
        var schema = Schema("""
            <xs:element name="Device">
              <xs:complexType>
                <xs:sequence><xs:element name="Model" type="xs:string"/></xs:sequence>
                <xs:attribute name="deviceId" type="xs:token" use="required"/>
                <xs:attribute name="version" type="xs:nonNegativeInteger"/>
              </xs:complexType>
            </xs:element>
            """);

        var registry = Build([Operator(OperatorSchema.FileName, schema)], Entry("Device", key: "deviceId"));

        Assert.AreEqual(XName.Get("deviceId"), registry.Declaration(XName.Get("Device", Ns))!.InstanceKey);
    }

    [TestMethod]
    [DataRow("serial", "version")]
    [DataRow("deviceId", "")]
    [DataRow("version", "version")]
    public void Build_InstanceKeyNotAnAttributeOrWithoutVersion_Refused(string key, string versionAttribute)
    {
        var schema = Schema($"""
            <xs:element name="Device">
              <xs:complexType>
                <xs:sequence><xs:element name="Model" type="xs:string"/></xs:sequence>
                <xs:attribute name="deviceId" type="xs:token" use="required"/>
                {(versionAttribute.Length > 0 ? "<xs:attribute name=\"version\" type=\"xs:nonNegativeInteger\"/>" : "")}
              </xs:complexType>
            </xs:element>
            """);

        var refused = Refused(() => Build([Operator(OperatorSchema.FileName, schema)], Entry("Device", key: key)));

        Assert.AreEqual("/srv/schemas/x.component.json", refused.Location);
    }

    [TestMethod]
    public void Build_ImportOfAnotherSchemaOfTheDirectory_ResolvedAndServed()
    {
        var common = Schema("""<xs:simpleType name="Minutes"><xs:restriction base="xs:nonNegativeInteger"><xs:maxInclusive value="1440"/></xs:restriction></xs:simpleType>""",
            "xmlns:cm2=\"urn:example:common\"", "urn:example:common");
        var main = Schema("""
            <xs:import namespace="urn:example:common" schemaLocation="common.xsd"/>
            <xs:element name="ParentalControl"><xs:complexType><xs:sequence><xs:element name="Max" type="cm2:Minutes"/></xs:sequence></xs:complexType></xs:element>
            """, $"xmlns:pc=\"{Ns}\" xmlns:cm2=\"urn:example:common\"");

        var registry = Build([Operator("common.xsd", common), Operator(OperatorSchema.FileName, main)], Entry("ParentalControl"));

        Assert.IsTrue(registry.Validate(XElement.Parse($"""<pc:ParentalControl xmlns:pc="{Ns}"><pc:Max>60</pc:Max></pc:ParentalControl>""")).IsValid);
        Assert.IsFalse(registry.Validate(XElement.Parse($"""<pc:ParentalControl xmlns:pc="{Ns}"><pc:Max>6000</pc:Max></pc:ParentalControl>""")).IsValid);
        Assert.IsNotNull(registry.GetSchemaText("common.xsd"));
        CollectionAssert.DoesNotContain(registry.ComponentSchemas.Select(s => s.File).ToArray(), "common.xsd");

        var changedCommon = common.Replace("1440", "720", StringComparison.Ordinal);
        var revised = Build([Operator("common.xsd", changedCommon), Operator(OperatorSchema.FileName, main)], Entry("ParentalControl"));
        Assert.AreNotEqual(registry.Fingerprint(OperatorSchema.Type), revised.Fingerprint(OperatorSchema.Type));
    }

    [TestMethod]
    public void Fingerprint_SameSchema_Same_AndOtherTypesUntouchedByANewOne()
    {
        var once = BuildOperator(Entry("ParentalControl"));
        var again = BuildOperator(Entry("ParentalControl"));
        var revised = Build([Operator(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.CompatibleRevision))], Entry("ParentalControl"));

        Assert.AreEqual(once.Fingerprint(OperatorSchema.Type), again.Fingerprint(OperatorSchema.Type));
        Assert.AreNotEqual(once.Fingerprint(OperatorSchema.Type), revised.Fingerprint(OperatorSchema.Type));
        foreach (var builtIn in SchemaRegistry.Default.ComponentTypes)
        {
            Assert.AreEqual(SchemaRegistry.Default.Fingerprint(builtIn), once.Fingerprint(builtIn), builtIn.ToString());
        }
    }
}
