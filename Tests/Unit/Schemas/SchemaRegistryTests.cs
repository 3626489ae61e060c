using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Schemas;

[TestClass]
public sealed class SchemaRegistryTests
{
    private const string Xs = "http://www.w3.org/2001/XMLSchema";

    private const string SubscriberInfo = """
        <sub:SubscriberInfo xmlns:sub="urn:3gpp:gup:2006-08:subscriber">
          <sub:DisplayName>Alice Example</sub:DisplayName>
          <sub:Language>en-GB</sub:Language>
          <sub:MSISDN>+447700900123</sub:MSISDN>
          <sub:MSISDN>447700900124</sub:MSISDN>
        </sub:SubscriberInfo>
        """;

    private const string AuthorizationRules = """
        <gup:AuthorizationRules xmlns:gup="urn:3gpp:gup:2006-08">
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="friends-read-name">
            <gup:Requestor hplmn="true">
              <gup:ProviderID>urn:example:app:buddy-list</gup:ProviderID>
              <gup:ProviderID>urn:example:app:chat</gup:ProviderID>
            </gup:Requestor>
            <gup:Target>
              <gup:Select xmlns:sub="urn:3gpp:gup:2006-08:subscriber">/gup:Profile/sub:SubscriberInfo/sub:DisplayName</gup:Select>
            </gup:Target>
            <gup:Operation>Query</gup:Operation>
            <gup:Operation>Subscribe</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
            <gup:Priority>10</gup:Priority>
          </gup:Rule>
          <gup:Rule id="nobody-writes">
            <gup:Requestor><gup:AnyRequestor/></gup:Requestor>
            <gup:Target/>
            <gup:Operation>Create</gup:Operation>
            <gup:Operation>Modify</gup:Operation>
            <gup:Operation>Delete</gup:Operation>
            <gup:Effect>Deny</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    private const string PresenceSettings = """
        <PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence">
          <Status>open</Status>
          <Note>In the office</Note>
          <Device id="phone"><Status>open</Status></Device>
          <Device id="tablet"><Status>closed</Status></Device>
        </PresenceSettings>
        """;

    private const string LcsPrivacy = """
        <LcsPrivacy xmlns="urn:3gpp:gup:2006-08:lcs">
          <DefaultPolicy>deny</DefaultPolicy>
          <Exception client="urn:example:lcs:emergency">allow</Exception>
          <Exception client="urn:example:lcs:fleet">notify</Exception>
        </LcsPrivacy>
        """;

    private const string McpttUserProfile = """
        <mcptt-user-profile xmlns="urn:3gpp:mcptt:user-profile:1.0" profileId="default" version="3">
          <ProfileName>Patrol</ProfileName>
          <Status>enabled</Status>
          <PreSelected>true</PreSelected>
          <MCPTTID>sip:officer17@mcptt.example.org</MCPTTID>
          <Groups>
            <Group>sip:patrol-north@mcptt.example.org</Group>
            <Group>sip:patrol-south@mcptt.example.org</Group>
          </Groups>
          <EmergencyGroup>sip:emergency@mcptt.example.org</EmergencyGroup>
          <EmergencyAlert>true</EmergencyAlert>
          <PrivateCallAllowed>false</PrivateCallAllowed>
        </mcptt-user-profile>
        """;

    private static SchemaRegistry Registry => SchemaRegistry.Default;

    private static string Sample(string componentType) => componentType switch
    {
        "SubscriberInfo" => SubscriberInfo,
        "AuthorizationRules" => AuthorizationRules,
        "PresenceSettings" => PresenceSettings,
        "LcsPrivacy" => LcsPrivacy,
        "mcptt-user-profile" => McpttUserProfile,
        _ => throw new ArgumentOutOfRangeException(nameof(componentType)),
    };

    private static string Invalid(XElement component)
    {
        var result = Registry.Validate(component);
        Assert.IsFalse(result.IsValid, "expected a validation failure");
        Assert.IsNotNull(result.Error);
        return result.Error;
    }

    [TestMethod]
    [DataRow("SubscriberInfo")]
    [DataRow("AuthorizationRules")]
    [DataRow("PresenceSettings")]
    [DataRow("LcsPrivacy")]
    [DataRow("mcptt-user-profile")]
    public void Validate_ValidSample_IsValid(string componentType)
    {
        var result = Registry.Validate(XElement.Parse(Sample(componentType)));

        Assert.IsTrue(result.IsValid, result.Error);
        Assert.IsNull(result.Error);
    }

    [TestMethod]
    public void Validate_MinimalSamples_AreValid()
    {
        string[] minimal =
        [
            """<SubscriberInfo xmlns="urn:3gpp:gup:2006-08:subscriber"><DisplayName/><Language>fr</Language></SubscriberInfo>""",
            """<AuthorizationRules xmlns="urn:3gpp:gup:2006-08"/>""",
            """<PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Status>closed</Status></PresenceSettings>""",
            """<LcsPrivacy xmlns="urn:3gpp:gup:2006-08:lcs"><DefaultPolicy>notify</DefaultPolicy></LcsPrivacy>""",
            """<mcptt-user-profile xmlns="urn:3gpp:mcptt:user-profile:1.0" profileId="p" version="0"><ProfileName/><Status>disabled</Status><PreSelected>0</PreSelected><MCPTTID>sip:a@b</MCPTTID></mcptt-user-profile>""",
        ];

        foreach (var xml in minimal)
        {
            var result = Registry.Validate(XElement.Parse(xml));
            Assert.IsTrue(result.IsValid, result.Error);
        }
    }

    [TestMethod]
    public void Validate_ComponentInsideProfileView_ValidatesTheSubtreeOnly()
    {
        var profile = XElement.Parse($"""<gup:Profile xmlns:gup="urn:3gpp:gup:2006-08" resourceID="sip:alice@example.org">{SubscriberInfo}{PresenceSettings}</gup:Profile>""");

        foreach (var component in profile.Elements())
        {
            Assert.IsTrue(Registry.Validate(component).IsValid);
        }
    }

    [TestMethod]
    public void Validate_InvalidEnumValue_RejectedNamingElementAndValue()
    {
        var doc = XElement.Parse(PresenceSettings.Replace("<Status>open</Status>\n  <Note>", "<Status>busy</Status>\n  <Note>", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.Contains("/PresenceSettings/Status", error);
        Assert.Contains("busy", error);
        Assert.Contains("Enumeration", error);
    }

    [TestMethod]
    public void Validate_InvalidEnumInRepeatedElement_PathHasPosition()
    {
        var doc = XElement.Parse(PresenceSettings.Replace("<Status>closed</Status>", "<Status>away</Status>", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.Contains("/PresenceSettings/Device[2]/Status", error);
    }

    [TestMethod]
    public void Validate_MissingRequiredElement_RejectedNamingIt()
    {
        var doc = XElement.Parse(SubscriberInfo);
        doc.Elements().Single(e => e.Name.LocalName == "Language").Remove();

        var error = Invalid(doc);

        Assert.Contains("Language", error);
    }

    [TestMethod]
    public void Validate_MissingRequiredAttribute_RejectedNamingIt()
    {
        var doc = XElement.Parse(PresenceSettings);
        doc.Elements().First(e => e.Name.LocalName == "Device").Attribute("id")!.Remove();

        var error = Invalid(doc);

        Assert.Contains("/PresenceSettings/Device", error);
        Assert.Contains("'id'", error);
    }

    [TestMethod]
    public void Validate_UnknownExtraElement_Rejected()
    {
        var doc = XElement.Parse(SubscriberInfo);
        doc.Add(new XElement(XName.Get("Nickname", ComponentTypeNames.SubscriberNamespace), "Ali"));

        var error = Invalid(doc);

        Assert.Contains("/SubscriberInfo/Nickname", error);
    }

    [TestMethod]
    public void Validate_ForeignNamespaceElement_Rejected()
    {
        var doc = XElement.Parse(LcsPrivacy);
        doc.Add(new XElement("{urn:example:ext}Extra", "x"));

        var error = Invalid(doc);

        Assert.Contains("Extra", error);
    }

    [TestMethod]
    public void Validate_UndeclaredAttribute_Rejected()
    {
        var doc = XElement.Parse(McpttUserProfile);
        doc.SetAttributeValue("owner", "mallory");

        var error = Invalid(doc);

        Assert.Contains("/mcptt-user-profile/@owner", error);
    }

    [TestMethod]
    public void Validate_TextInElementOnlyContent_Rejected()
    {
        var doc = XElement.Parse(LcsPrivacy);
        doc.AddFirst("stray text");

        var error = Invalid(doc);

        Assert.Contains("/LcsPrivacy", error);
    }

    [TestMethod]
    [DataRow("12-34")]
    [DataRow("abc")]
    [DataRow("++4477")]
    [DataRow("")]
    [DataRow("1234567890123456")]
    public void Validate_BadMsisdn_Rejected(string msisdn)
    {
        var doc = XElement.Parse(SubscriberInfo);
        doc.Elements().Last().Value = msisdn;

        var error = Invalid(doc);

        Assert.Contains("/SubscriberInfo/MSISDN[2]", error);
        Assert.Contains("Pattern", error);
    }

    [TestMethod]
    public void Validate_NegativeVersion_RejectedNamingAttribute()
    {
        var doc = XElement.Parse(McpttUserProfile);
        doc.SetAttributeValue("version", "-1");

        var error = Invalid(doc);

        Assert.Contains("/mcptt-user-profile/@version", error);
    }

    [TestMethod]
    public void Validate_EmptyProfileId_Rejected()
    {
        var doc = XElement.Parse(McpttUserProfile);
        doc.SetAttributeValue("profileId", "  ");

        var error = Invalid(doc);

        Assert.Contains("@profileId", error);
    }

    [TestMethod]
    public void Validate_WrongElementOrder_Rejected()
    {
        var doc = XElement.Parse(McpttUserProfile);
        var status = doc.Elements().Single(e => e.Name.LocalName == "Status");
        status.Remove();
        doc.Add(status);

        var error = Invalid(doc);

        Assert.Contains("/mcptt-user-profile/PreSelected", error);
    }

    [TestMethod]
    public void Validate_DuplicateRuleId_Rejected()
    {
        var doc = XElement.Parse(AuthorizationRules.Replace("nobody-writes", "friends-read-name", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.Contains("/AuthorizationRules", error);
        Assert.Contains("friends-read-name", error);
    }

    [TestMethod]
    public void Validate_RequestorMixingChoices_Rejected()
    {
        var doc = XElement.Parse(AuthorizationRules.Replace("<gup:AnyRequestor/>", "<gup:AnyRequestor/><gup:ApplicationID>x</gup:ApplicationID>", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.Contains("ApplicationID", error);
    }

    [TestMethod]
    public void Validate_RuleWithoutOperation_Rejected()
    {
        var doc = XElement.Parse(AuthorizationRules);
        doc.Descendants(XName.Get("Operation", ComponentTypeNames.GupNamespace)).Remove();

        var error = Invalid(doc);

        Assert.Contains("/AuthorizationRules/Rule[1]", error);
        Assert.Contains("Operation", error);
    }

    [TestMethod]
    public void Validate_UnknownOperationValue_Rejected()
    {
        var doc = XElement.Parse(AuthorizationRules.Replace("<gup:Operation>Query</gup:Operation>", "<gup:Operation>Read</gup:Operation>", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.Contains("/AuthorizationRules/Rule[1]/Operation[1]", error);
    }

    [TestMethod]
    public void Validate_WrongRoot_RejectedWithClearMessage()
    {
        var error = Invalid(new XElement("{urn:example:other}Whatever"));

        Assert.Contains("Whatever", error);
        Assert.Contains("not a known component type", error);
    }

    [TestMethod]
    public void Validate_GupElementThatIsNotAComponent_Rejected()
    {
        var error = Invalid(XElement.Parse("""<gup:Profile xmlns:gup="urn:3gpp:gup:2006-08" resourceID="x"/>"""));

        Assert.Contains("not a known component type", error);
    }

    [TestMethod]
    public void Validate_RightLocalNameWrongNamespace_Rejected()
    {
        var doc = XElement.Parse(SubscriberInfo.Replace("urn:3gpp:gup:2006-08:subscriber", "urn:3gpp:gup:2006-08:subscriber:v2", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.Contains("not a known component type", error);
    }

    [TestMethod]
    public void Validate_LongInvalidValue_EchoesAtMost64Characters()
    {
        var value = new string('7', 500) + "x" + new string('8', 500);
        var doc = XElement.Parse(SubscriberInfo);
        doc.Elements().Last().Value = value;

        var error = Invalid(doc);

        Assert.Contains("MSISDN", error);
        Assert.DoesNotContain(new string('7', 65), error);
        Assert.DoesNotContain(new string('8', 65), error);
        Assert.IsLessThan(600, error.Length);
    }

    [TestMethod]
    public void Validate_LongUnknownElementName_EchoesAtMost64Characters()
    {
        var doc = XElement.Parse(LcsPrivacy);
        doc.Add(new XElement(XName.Get(new string('n', 300), "urn:example:" + new string('u', 300)), "x"));

        var error = Invalid(doc);

        Assert.DoesNotContain(new string('n', 65), error);
        Assert.DoesNotContain(new string('u', 65), error);
    }

    [TestMethod]
    public void Validate_LongDuplicateKey_EchoesAtMost64Characters()
    {
        var id = new string('k', 60);
        var doc = XElement.Parse(PresenceSettings.Replace("\"phone\"", $"\"{id}{id}\"", StringComparison.Ordinal).Replace("\"tablet\"", $"\"{id}{id}\"", StringComparison.Ordinal));

        var error = Invalid(doc);

        Assert.DoesNotContain(new string('k', 65), error);
    }

    [TestMethod]
    public void Validate_ControlCharactersInValue_NotEchoed()
    {
        var doc = XElement.Parse(PresenceSettings);
        doc.Elements().First().Value = "busy\r\nInjected: yes";

        var error = Invalid(doc);

        Assert.DoesNotContain("\n", error);
        Assert.DoesNotContain("\r", error);
    }

    [TestMethod]
    public void Validate_DoesNotChangeTheDocument()
    {
        var doc = XElement.Parse(AuthorizationRules);
        var before = doc.ToString(SaveOptions.DisableFormatting);

        _ = Registry.Validate(doc);

        Assert.AreEqual(before, doc.ToString(SaveOptions.DisableFormatting));
        Assert.IsNull(doc.Annotation<IXmlSchemaInfo>());
    }

    [TestMethod]
    public async Task Validate_ConcurrentlyFrom8Tasks_GivesTheSameResults()
    {
        var valid = new[] { SubscriberInfo, AuthorizationRules, PresenceSettings, LcsPrivacy, McpttUserProfile }.Select(XElement.Parse).ToArray();
        var invalid = XElement.Parse(PresenceSettings.Replace("<Status>closed</Status>", "<Status>away</Status>", StringComparison.Ordinal));
        var expectedError = Registry.Validate(invalid).Error;
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            start.Wait();
            var failures = 0;
            for (var i = 0; i < 250; i++)
            {
                var component = valid[(i + t) % valid.Length];
                if (!Registry.Validate(component).IsValid)
                {
                    failures++;
                }

                var bad = Registry.Validate(invalid);
                if (bad.IsValid || bad.Error != expectedError)
                {
                    failures++;
                }
            }

            return failures;
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        Assert.AreEqual(0, results.Sum());
    }

    [TestMethod]
    public void ComponentTypes_AreTheFiveStandardRoots()
    {
        XName[] expected =
        [
            XName.Get("SubscriberInfo", "urn:3gpp:gup:2006-08:subscriber"),
            XName.Get("AuthorizationRules", "urn:3gpp:gup:2006-08"),
            XName.Get("PresenceSettings", "urn:3gpp:gup:2006-08:presence"),
            XName.Get("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs"),
            XName.Get("mcptt-user-profile", "urn:3gpp:mcptt:user-profile:1.0"),
        ];

        CollectionAssert.AreEquivalent(expected, Registry.ComponentTypes.ToArray());
        foreach (var name in expected)
        {
            Assert.IsTrue(Registry.IsComponentType(name), name.ToString());
            Assert.IsNotNull(Registry.SchemaSet.GlobalElements[new XmlQualifiedName(name.LocalName, name.NamespaceName)]);
        }
    }

    [TestMethod]
    [DataRow("{urn:3gpp:gup:2006-08}Profile")]
    [DataRow("{urn:3gpp:gup:2006-08}ResourceID")]
    [DataRow("{urn:3gpp:gup:2006-08:subscriber}MSISDN")]
    [DataRow("SubscriberInfo")]
    public void IsComponentType_OtherName_False(string name)
    {
        Assert.IsFalse(Registry.IsComponentType(XName.Get(name)));
    }

    [TestMethod]
    public void Default_FromManyThreads_IsOneCompiledInstance()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<SchemaRegistry>();
        Parallel.For(0, 16, _ => seen.Add(SchemaRegistry.Default));

        Assert.AreEqual(1, seen.Distinct().Count());
        Assert.IsTrue(Registry.SchemaSet.IsCompiled);
    }

    [TestMethod]
    public void SchemaFileNames_ListEveryEmbeddedSchemaWithItsText()
    {
        string[] expected = ["gup.xsd", "lcs.xsd", "liberty-utility.xsd", "mcptt-user-profile.xsd", "presence.xsd", "subscriber.xsd"];

        CollectionAssert.AreEqual(expected, Registry.SchemaFileNames.ToArray());
        foreach (var name in expected)
        {
            var text = Registry.GetSchemaText(name);
            Assert.IsNotNull(text, name);
            Assert.AreEqual(Xs, XElement.Parse(text).Name.NamespaceName);
        }
    }

    [TestMethod]
    [DataRow("nope.xsd")]
    [DataRow("../Schemas/Xsd/gup.xsd")]
    [DataRow("GupSoap.Schemas.Xsd.gup.xsd")]
    [DataRow("GUP.XSD")]
    [DataRow("")]
    public void GetSchemaText_UnknownName_Null(string fileName)
    {
        Assert.IsNull(Registry.GetSchemaText(fileName));
    }

    [TestMethod]
    public void GetSchemaText_Gup_DeclaresTheGupNamespace()
    {
        var schema = XElement.Parse(Registry.GetSchemaText("gup.xsd")!);

        Assert.AreEqual("urn:3gpp:gup:2006-08", (string?)schema.Attribute("targetNamespace"));
        Assert.AreEqual("qualified", (string?)schema.Attribute("elementFormDefault"));
    }

    [TestMethod]
    [DataRow("""<lu:Status xmlns:lu="urn:liberty:util:2006-08" code="OK"/>""", true)]
    [DataRow("""<lu:Status xmlns:lu="urn:liberty:util:2006-08" code="Failed" comment="bad data"><lu:Status code="InvalidParameter" ref="item-1"><lu:Status code="InvalidData"/></lu:Status><lu:Status code="UnexpectedError"/></lu:Status>""", true)]
    [DataRow("""<lu:Status xmlns:lu="urn:liberty:util:2006-08" comment="no code"/>""", false)]
    [DataRow("""<lu:Status xmlns:lu="urn:liberty:util:2006-08" code="OK"><lu:Other/></lu:Status>""", false)]
    public void LibertyUtilityXsd_StatusInstances_JudgedLikeTheOfficialSchema(string xml, bool valid)
    {
        var official = Path.Combine(TestPaths.ConformanceXsd, "liberty-idwsf-utility-v2.0.xsd");
        var ours = Registry.GetSchemaText("liberty-utility.xsd")!;

        Assert.AreEqual(valid, IsValidAgainst(File.ReadAllText(official), xml), "official schema");
        Assert.AreEqual(valid, IsValidAgainst(ours, xml), "liberty-utility.xsd");
    }

    private static bool IsValidAgainst(string schemaText, string xml)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(schemaText), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        var valid = true;
        XDocument.Parse(xml).Validate(set, (_, _) => valid = false);
        return valid;
    }

    [TestMethod]
    [DataRow("string")]
    [DataRow("normalizedString")]
    [DataRow("token")]
    [DataRow("boolean")]
    [DataRow("int")]
    [DataRow("integer")]
    [DataRow("long")]
    [DataRow("nonNegativeInteger")]
    [DataRow("decimal")]
    [DataRow("date")]
    [DataRow("dateTime")]
    [DataRow("anyURI")]
    [DataRow("language")]
    public void IsSupportedSimpleType_ListedBuiltIn_True(string localName)
    {
        Assert.IsTrue(Registry.IsSupportedSimpleType(XName.Get(localName, Xs)));
    }

    [TestMethod]
    [DataRow("{http://www.w3.org/2001/XMLSchema}duration")]
    [DataRow("{http://www.w3.org/2001/XMLSchema}QName")]
    [DataRow("{http://www.w3.org/2001/XMLSchema}anyType")]
    [DataRow("{http://www.w3.org/2001/XMLSchema}Int")]
    [DataRow("{urn:example}int")]
    [DataRow("int")]
    public void IsSupportedSimpleType_Other_False(string name)
    {
        Assert.IsFalse(Registry.IsSupportedSimpleType(XName.Get(name)));
    }

    [TestMethod]
    [DataRow("string", "  any text \n at all ")]
    [DataRow("string", "")]
    [DataRow("normalizedString", "one line")]
    [DataRow("token", "a b c")]
    [DataRow("boolean", "true")]
    [DataRow("boolean", "0")]
    [DataRow("int", "-2147483648")]
    [DataRow("int", " 42 ")]
    [DataRow("integer", "-1234567890123456789012345678")]
    [DataRow("long", "9223372036854775807")]
    [DataRow("nonNegativeInteger", "0")]
    [DataRow("decimal", "-12.50")]
    [DataRow("date", "2024-02-29")]
    [DataRow("dateTime", "2024-01-31T23:59:59Z")]
    [DataRow("dateTime", "2024-01-31T23:59:59.125+02:00")]
    [DataRow("anyURI", "sip:alice@example.org")]
    [DataRow("language", "en-GB")]
    public void TryValidateSimpleValue_ValidValue_True(string type, string value)
    {
        var ok = Registry.TryValidateSimpleValue(XName.Get(type, Xs), value, out var error);

        Assert.IsTrue(ok, error);
        Assert.IsNull(error);
    }

    [TestMethod]
    [DataRow("boolean", "yes")]
    [DataRow("boolean", "")]
    [DataRow("int", "4x")]
    [DataRow("int", "2147483648")]
    [DataRow("int", "1.0")]
    [DataRow("integer", "1.5")]
    [DataRow("long", "9223372036854775808")]
    [DataRow("nonNegativeInteger", "-1")]
    [DataRow("decimal", "1e5")]
    [DataRow("date", "2023-02-29")]
    [DataRow("date", "29/02/2024")]
    [DataRow("dateTime", "2024-01-31")]
    [DataRow("language", "not a language")]
    [DataRow("language", "")]
    public void TryValidateSimpleValue_InvalidValue_FalseWithMessage(string type, string value)
    {
        var ok = Registry.TryValidateSimpleValue(XName.Get(type, Xs), value, out var error);

        Assert.IsFalse(ok);
        Assert.IsNotNull(error);
        Assert.Contains("xs:" + type, error);
    }

    [TestMethod]
    public void TryValidateSimpleValue_LongValue_EchoesAtMost64Characters()
    {
        var ok = Registry.TryValidateSimpleValue(XName.Get("int", Xs), new string('9', 1000), out var error);

        Assert.IsFalse(ok);
        Assert.IsNotNull(error);
        Assert.DoesNotContain(new string('9', 65), error);
    }

    [TestMethod]
    public void TryValidateSimpleValue_UnsupportedType_False()
    {
        var ok = Registry.TryValidateSimpleValue(XName.Get("duration", Xs), "P1D", out var error);

        Assert.IsFalse(ok);
        Assert.Contains("not a supported", error!);
    }

    [TestMethod]
    [DataRow("gup.xsd")]
    [DataRow("rp?xsd=gup.xsd")]
    [DataRow("rp?xsd=liberty-utility.xsd")]
    public void Resolver_EmbeddedName_Resolved(string location)
    {
        var resolver = Registry.CreateResolver();

        var uri = resolver.ResolveUri(null, location);
        using var stream = (Stream)resolver.GetEntity(uri, null, typeof(Stream))!;
        using var reader = new StreamReader(stream);

        Assert.AreEqual(Xs, XElement.Parse(reader.ReadToEnd()).Name.NamespaceName);
    }

    [TestMethod]
    [DataRow("http://example.invalid/x.xsd")]
    [DataRow("file:///etc/passwd")]
    [DataRow("/etc/passwd")]
    [DataRow("../../Schemas/Xsd/gup.xsd")]
    [DataRow("sub/gup.xsd")]
    [DataRow("http://example.invalid/raf/hss/rp?xsd=gup.xsd")]
    [DataRow("other.xsd")]
    public void Resolver_AnythingElse_Refused(string location)
    {
        var resolver = Registry.CreateResolver();

        Assert.ThrowsExactly<XmlException>(() => resolver.ResolveUri(null, location));
        Assert.ThrowsExactly<XmlException>(() => resolver.GetEntity(new Uri("file:///etc/passwd"), null, typeof(Stream)));
        Assert.Contains(location, resolver.Refused);
    }

    [TestMethod]
    public void CompileWith_ImportOfRemoteOrLocalFile_NotFetched()
    {
        var leak = Path.Combine(Path.GetTempPath(), "gupsoap-leak-" + Guid.NewGuid().ToString("N") + ".xsd");
        File.WriteAllText(leak, """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:leak" elementFormDefault="qualified">
              <xs:element name="Leak" type="xs:string"/>
            </xs:schema>
            """);
        try
        {
            var fileUri = new Uri(leak).AbsoluteUri;
            var extra = $"""
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:extra">
                  <xs:import namespace="urn:example:remote" schemaLocation="http://example.invalid/x.xsd"/>
                  <xs:import namespace="urn:example:passwd" schemaLocation="file:///etc/passwd"/>
                  <xs:import namespace="urn:example:leak" schemaLocation="{fileUri}"/>
                  <xs:import namespace="urn:example:leak2" schemaLocation="{leak}"/>
                  <xs:element name="Extra" type="xs:string"/>
                </xs:schema>
                """;
            var resolver = Registry.CreateResolver();
            var messages = new List<string>();

            var set = Registry.CompileWith(extra, resolver, messages);

            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName("Extra", "urn:example:extra")]);
            Assert.IsNull(set.GlobalElements[new XmlQualifiedName("Leak", "urn:example:leak")]);
            Assert.IsFalse(set.Contains("urn:example:leak"));
            Assert.Contains("http://example.invalid/x.xsd", resolver.Refused);
            Assert.Contains("file:///etc/passwd", resolver.Refused);
            Assert.Contains(fileUri, resolver.Refused);
            Assert.Contains(leak, resolver.Refused);
            Assert.HasCount(4, messages);
        }
        finally
        {
            File.Delete(leak);
        }
    }

    [TestMethod]
    public void CompileWith_ImportOfEmbeddedSchema_ReusesTheLoadedOne()
    {
        const string extra = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:gup="urn:3gpp:gup:2006-08"
                       targetNamespace="urn:example:extra" elementFormDefault="qualified">
              <xs:import namespace="urn:3gpp:gup:2006-08" schemaLocation="rp?xsd=gup.xsd"/>
              <xs:import namespace="urn:liberty:util:2006-08" schemaLocation="liberty-utility.xsd"/>
              <xs:element name="Wrapper">
                <xs:complexType><xs:sequence><xs:element ref="gup:ResourceID"/></xs:sequence></xs:complexType>
              </xs:element>
            </xs:schema>
            """;
        var resolver = Registry.CreateResolver();
        var messages = new List<string>();

        var set = Registry.CompileWith(extra, resolver, messages);

        Assert.IsTrue(set.IsCompiled);
        Assert.IsEmpty(messages, string.Join("; ", messages));
        Assert.IsEmpty(resolver.Refused);
        Assert.HasCount(1, set.Schemas("urn:3gpp:gup:2006-08"));
    }
}
