using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Soap;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;
using DefaultHttpContext = Microsoft.AspNetCore.Http.DefaultHttpContext;
using HostString = Microsoft.AspNetCore.Http.HostString;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rg.wsdl + wsdl/rg.xsd and the XmlSerializer contracts of Contracts/Rg describe the same messages.</summary>
[TestClass]
public sealed class RgWsdlContractAgreementTests
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap11 = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Soap12 = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private static readonly XNamespace Xsd = XmlSchema.Namespace;
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Pres = Namespaces.Presence;

    private static readonly string[] Operations =
    [
        RgOperations.Create,
        RgOperations.Delete,
        RgOperations.Modify,
        RgOperations.List,
        RgOperations.Query,
    ];

    /// <summary>Rg operations of PROTOCOL.md that come later: neither the WSDL nor rg.xsd may declare them yet.</summary>
    private static readonly string[] LaterOperations = ["Subscribe", "Unsubscribe", "Notify"];

    private static readonly Lazy<XmlSchemaSet> s_rgSchemas = new(CompileRgXsd);

    private static string RgXsdPath => Path.Combine(TestPaths.RepoRoot, "wsdl", "rg.xsd");

    private static string RgWsdlPath => Path.Combine(TestPaths.RepoRoot, "wsdl", "Rg.wsdl");

    private static XmlSchemaSet RgSchemas => s_rgSchemas.Value;

    // ---------- (a) hand-written samples: valid against rg.xsd and read by the contracts ----------

    [TestMethod]
    public void Fixture_Create_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<CreateRequest>("Create");

        Assert.AreEqual("sip:carol@example.org", request.ResourceId?.Value);
        Assert.AreEqual("sip", request.ResourceId?.Type);
        Assert.AreEqual("sip:carol@example.org", request.RequestorData?.SubscriberId);
        Assert.AreEqual("urn:example:app:provisioning", request.RequestorData?.ApplicationId);
        Assert.AreEqual("None", request.RequestorData?.RedirectionIndication);
        Assert.AreEqual("hss", request.TargetRepository);
        Assert.HasCount(2, request.Items!);
        var info = request.Items![0];
        Assert.AreEqual("info", info.ItemId);
        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), info.ObjectType);
        var component = info.NewData?.Elements?.Single();
        Assert.IsNotNull(component);
        Assert.AreEqual(Sub + "SubscriberInfo", component.Name);
        Assert.AreEqual("+447700900125", (string?)component.Element(Sub + "MSISDN"));
        Assert.IsTrue(SchemaRegistry.Default.Validate(component).IsValid);
        var presence = request.Items[1];
        Assert.AreEqual("presence", presence.ItemId);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), presence.ObjectType);
        Assert.AreEqual(Pres + "PresenceSettings", presence.NewData?.Elements?.Single().Name);
    }

    [TestMethod]
    public void Fixture_CreateResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<CreateResponse>("CreateResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 11, 0, 0, DateTimeKind.Utc), response.TimeStamp.ToUniversalTime());
        CollectionAssert.AreEqual(new[] { "info", "presence" }, response.Items!.Select(i => i.ItemIdRef).ToArray());
        Assert.IsTrue(response.Items!.All(i => i.Status.Code == StatusCodes.Ok && i.VersionSpecified && i.Version == 1));
    }

    [TestMethod]
    public void Fixture_Delete_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<DeleteRequest>("Delete");

        Assert.AreEqual("tel:+447700900123", request.ResourceId?.Value);
        Assert.AreEqual("tel", request.ResourceId?.Type);
        Assert.AreEqual("urn:example:app:selfcare", request.RequestorData?.ApplicationId);
        Assert.HasCount(2, request.Items!);
        var first = request.Items![0];
        Assert.AreEqual("presence", first.ItemId);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), first.ObjectType);
        Assert.IsTrue(first.NotChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), first.NotChangedSince.ToUniversalTime());
        var second = request.Items[1];
        Assert.IsNull(second.ItemId);
        Assert.AreEqual(new XmlQualifiedName("LcsPrivacy", Namespaces.Lcs), second.ObjectType);
        Assert.IsFalse(second.NotChangedSinceSpecified);
    }

    [TestMethod]
    public void Fixture_DeleteWithoutItems_ValidAndNamesNoComponent()
    {
        var request = ValidateAndDeserialize<DeleteRequest>("Delete.WholeProfile", "Delete");

        Assert.AreEqual("sip:carol@example.org", request.ResourceId?.Value);
        Assert.IsNull(request.RequestorData);
        Assert.IsNull(request.Items);
    }

    [TestMethod]
    public void Fixture_DeleteResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<DeleteResponse>("DeleteResponse");

        Assert.AreEqual(StatusCodes.Failed, response.Status.Code);
        Assert.AreEqual(StatusCodes.DataUnavailable, response.Status.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, response.Status.Detail);
        Assert.AreEqual("The profile has no PresenceSettings component.", response.Status.Comment);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    public void Fixture_Modify_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<ModifyRequest>("Modify");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("Supported", request.RequestorData?.RedirectionIndication);
        Assert.HasCount(2, request.Items!);
        var first = request.Items![0];
        Assert.AreEqual("name", first.ItemId);
        Assert.IsTrue(first.OverrideAllowed);
        Assert.IsTrue(first.NotChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), first.NotChangedSince.ToUniversalTime());
        Assert.AreEqual("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", first.Select?.Text);
        Assert.AreEqual(Sub.NamespaceName, first.Select?.LookupNamespace("sub"));
        Assert.AreEqual(Namespaces.Gup, first.Select?.LookupNamespace("gup"));
        Assert.AreEqual("Alice A. Example", first.NewData?.Elements?.Single().Value);
        var second = request.Items[1];
        Assert.AreEqual("device", second.ItemId);
        Assert.IsFalse(second.OverrideAllowed);
        Assert.IsFalse(second.NotChangedSinceSpecified);
        Assert.AreEqual(Pres.NamespaceName, second.Select?.LookupNamespace("pres"));
        Assert.AreEqual("tablet", (string?)second.NewData?.Elements?.Single().Attribute("id"));
    }

    [TestMethod]
    public void Fixture_ModifyResponse_PartialNamesTheFailedItem()
    {
        var response = ValidateAndDeserialize<ModifyResponse>("ModifyResponse");

        Assert.AreEqual(StatusCodes.Partial, response.Status.Code);
        var failed = response.Status.Details!.Single();
        Assert.AreEqual("device", failed.Ref);
        Assert.AreEqual(StatusCodes.InvalidParameter, failed.Code);
        Assert.AreEqual(StatusCodes.ExistsAlready, failed.Details!.Single().Code);
        Assert.HasCount(2, response.Items!);
        var name = response.Items![0];
        Assert.AreEqual("name", name.ItemIdRef);
        Assert.AreEqual(StatusCodes.Ok, name.Status.Code);
        Assert.IsTrue(name.VersionSpecified);
        Assert.AreEqual(4L, name.Version);
        var device = response.Items[1];
        Assert.AreEqual("device", device.ItemIdRef);
        Assert.AreEqual(StatusCodes.Failed, device.Status.Code);
        Assert.AreEqual(StatusCodes.InvalidParameter, device.Status.ErrorType);
        Assert.AreEqual(StatusCodes.ExistsAlready, device.Status.Detail);
        Assert.IsFalse(device.VersionSpecified);
    }

    [TestMethod]
    public void Fixture_List_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<ListRequest>("List");

        Assert.IsTrue(request.CountSpecified);
        Assert.AreEqual(2, request.Count);
        Assert.AreEqual(0, request.Offset);
        Assert.AreEqual("urn:example:app:audit", request.RequestorData?.ApplicationId);
        Assert.AreEqual("sip:*@example.org", request.SearchCriteria?.ResourceIdPattern);
        CollectionAssert.AreEqual(
            new[] { new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), new XmlQualifiedName("mcptt-user-profile", Namespaces.McpttUserProfile) },
            request.SearchCriteria?.ComponentTypes);
    }

    [TestMethod]
    public void Fixture_ListResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<ListResponse>("ListResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(2, response.Items!);
        Assert.AreEqual("sip:alice@example.org", response.Items![0].ResourceId?.Value);
        CollectionAssert.AreEqual(
            new[] { new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), new XmlQualifiedName("PresenceSettings", Pres.NamespaceName) },
            response.Items[0].ComponentTypes);
        Assert.AreEqual("sip:bob@example.org", response.Items[1].ResourceId?.Value);
        Assert.IsTrue(response.EndOfListSpecified && response.EndOfList);
        Assert.IsTrue(response.NextOffsetSpecified);
        Assert.AreEqual(2, response.NextOffset);
    }

    [TestMethod]
    public void Fixture_Query_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<QueryRequest>("Query");

        Assert.AreEqual("sip:bob@example.org", request.ResourceId?.Value);
        Assert.AreEqual("Preferred", request.RequestorData?.RedirectionIndication);
        Assert.HasCount(3, request.Items!);
        Assert.AreEqual("all", request.Items![0].ItemId);
        Assert.AreEqual("/gup:Profile", request.Items[0].Select?.Text);
        Assert.IsFalse(request.Items[0].ChangedSinceSpecified);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Device[@id='phone']/@id", request.Items[1].Select?.Text);
        Assert.AreEqual(Pres.NamespaceName, request.Items[1].Select?.LookupNamespace("pres"));
        var name = request.Items[2];
        Assert.AreEqual("name", name.ItemId);
        Assert.IsTrue(name.ChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), name.ChangedSince.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_QueryResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<QueryResponse>("QueryResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(3, response.Data!);
        var whole = response.Data![0];
        Assert.AreEqual("all", whole.ItemIdRef);
        Assert.IsFalse(whole.VersionSpecified);
        Assert.IsFalse(whole.ChangeTimeSpecified);
        var profile = whole.Elements?.Single();
        Assert.AreEqual(XName.Get("Profile", Namespaces.Gup), profile?.Name);
        Assert.AreEqual("sip:bob@example.org", (string?)profile?.Attribute("resourceID"));
        CollectionAssert.AreEqual(new[] { Sub + "SubscriberInfo", Pres + "PresenceSettings" }, profile!.Elements().Select(e => e.Name).ToArray());
        var attribute = response.Data[1];
        Assert.AreEqual("phone", attribute.ItemIdRef);
        Assert.AreEqual("phone", attribute.Text);
        Assert.IsNull(attribute.Elements);
        Assert.IsTrue(attribute.VersionSpecified && attribute.ChangeTimeSpecified);
        Assert.AreEqual(7L, attribute.Version);
        Assert.AreEqual(new DateTime(2026, 2, 28, 8, 0, 0, DateTimeKind.Utc), attribute.ChangeTime.ToUniversalTime());
        Assert.AreEqual(Sub + "DisplayName", response.Data[2].Elements?.Single().Name);
        Assert.AreEqual(3L, response.Data[2].Version);
    }

    [TestMethod]
    public void Fixtures_EveryRgElement_HasOne()
    {
        foreach (var element in Operations.SelectMany(o => new[] { o, o + "Response" }))
        {
            Assert.IsTrue(File.Exists(FixturePath(element)), "missing fixture " + element);
        }
    }

    [TestMethod]
    public void Fixture_WithElementsOutOfOrder_IsRejectedByRgXsd()
    {
        var doc = XDocument.Load(FixturePath("Create"));
        var resource = doc.Root!.Element(XName.Get("ResourceID", Namespaces.Gup))!;
        resource.Remove();
        doc.Root.Add(resource);

        var errors = Validate(doc.ToString());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_WithInvalidComponentInNewData_IsRejectedByRgXsd()
    {
        var doc = XDocument.Load(FixturePath("Create"));
        doc.Descendants(Sub + "Language").Single().Remove();

        var errors = Validate(doc.ToString());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    [DataRow("Create", "CreateItem")]
    [DataRow("Modify", "ModifyItem")]
    [DataRow("Query", "QueryItem")]
    public void Fixture_WithoutAnyItem_IsRejectedByRgXsd(string element, string item)
    {
        var doc = XDocument.Load(FixturePath(element));
        doc.Root!.Elements(Rg + item).Remove();

        var errors = Validate(doc.ToString());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_CreateItemWithoutObjectType_IsRejectedByRgXsd()
    {
        var doc = XDocument.Load(FixturePath("Create"));
        doc.Root!.Elements(Rg + "CreateItem").First().Attribute("objectType")!.Remove();

        var errors = Validate(doc.ToString());

        Assert.IsNotEmpty(errors);
    }

    // ---------- (b) what the contracts write is valid against rg.xsd and reads back ----------

    [TestMethod]
    [DataRow("Create")]
    [DataRow("Create.Minimal")]
    [DataRow("CreateResponse")]
    [DataRow("CreateResponse.Failed")]
    [DataRow("Delete")]
    [DataRow("Delete.WholeProfile")]
    [DataRow("DeleteResponse")]
    [DataRow("Modify")]
    [DataRow("ModifyResponse")]
    [DataRow("List")]
    [DataRow("List.Empty")]
    [DataRow("ListResponse")]
    [DataRow("ListResponse.MorePages")]
    [DataRow("Query")]
    [DataRow("QueryResponse")]
    public void Serialize_PopulatedContract_ValidatesAgainstRgXsd(string sample)
    {
        var instance = Populated(sample);
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            MessageSerializer.Serialize(writer, instance);
        }

        var errors = Validate(text.ToString());

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors) + Environment.NewLine + text);
        var root = XElement.Parse(text.ToString());
        Assert.AreEqual(XName.Get(instance.GetType().GetCustomAttribute<XmlRootAttribute>()!.ElementName, Namespaces.Rg), root.Name);
        Assert.IsNotNull(RgSchemas.GlobalElements[new XmlQualifiedName(root.Name.LocalName, root.Name.NamespaceName)]);
        var (readBack, error) = MessageSerializer.Deserialize(root, instance.GetType());
        Assert.IsNull(error, error);
        Assert.IsInstanceOfType(readBack, instance.GetType());
    }

    [TestMethod]
    public void RgXsd_EveryContractRootAndType_IsDeclared()
    {
        var contractTypes = RgContractTypes();
        Assert.IsGreaterThanOrEqualTo(18, contractTypes.Count);

        foreach (var type in contractTypes)
        {
            var xmlType = type.GetCustomAttribute<XmlTypeAttribute>()!;
            Assert.IsNotNull(RgSchemas.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)], "complexType " + xmlType.TypeName);
            if (type.GetCustomAttribute<XmlRootAttribute>() is { } root)
            {
                var element = RgSchemas.GlobalElements[new XmlQualifiedName(root.ElementName, root.Namespace)] as XmlSchemaElement;
                Assert.IsNotNull(element, "element " + root.ElementName);
                Assert.AreEqual(xmlType.TypeName, element.ElementSchemaType?.QualifiedName.Name, root.ElementName);
            }
        }

        var declaredElements = RgSchemas.GlobalElements.Names.Cast<XmlQualifiedName>().Where(n => n.Namespace == Namespaces.Rg);
        var contractRoots = contractTypes.Select(t => t.GetCustomAttribute<XmlRootAttribute>()?.ElementName).OfType<string>();
        CollectionAssert.AreEquivalent(contractRoots.ToArray(), declaredElements.Select(n => n.Name).ToArray());
    }

    [TestMethod]
    public void RgXsd_EveryContractMember_MatchesItsParticleOrAttribute()
    {
        var mismatches = new List<string>();

        foreach (var type in RgContractTypes())
        {
            var xmlType = type.GetCustomAttribute<XmlTypeAttribute>()!;
            var complexType = (XmlSchemaComplexType)RgSchemas.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)]!;
            ContractShape.Compare(type, complexType, mismatches);
        }

        Assert.IsEmpty(mismatches, string.Join(Environment.NewLine, mismatches));
    }

    [TestMethod]
    public void RgXsd_ImportsOnlyServedSiblings()
    {
        var schema = XDocument.Load(RgXsdPath).Root!;

        Assert.AreEqual(Namespaces.Rg, (string?)schema.Attribute("targetNamespace"));
        var locations = schema.Elements(Xsd + "import").Select(i => (string?)i.Attribute("schemaLocation")).ToList();
        CollectionAssert.AreEquivalent(new[] { "rg?xsd=gup.xsd", "rg?xsd=liberty-utility.xsd" }, locations);
        Assert.IsEmpty(schema.Elements(Xsd + "include"));
    }

    [TestMethod]
    public void RgXsd_WithOnlyGupAndLibertyUtility_Compiles()
    {
        var resolver = new ServedSchemaResolver();
        var (set, messages) = CompileServed(File.ReadAllText(RgXsdPath), "http://localhost/gup/rg?xsd=rg.xsd", resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        Assert.IsTrue(set.IsCompiled);
        CollectionAssert.AreEquivalent(
            new[] { "gup.xsd", "liberty-utility.xsd" },
            resolver.Fetched.Select(u => u.Query["?xsd=".Length..]).Distinct().ToArray());
    }

    // ---------- (c) the WSDL ----------

    [TestMethod]
    public void Wsdl_PortType_HasTheFiveOperationsEachWithRgFault()
    {
        var wsdl = LoadWsdl();
        var portType = wsdl.Elements(Wsdl + "portType").Single();

        Assert.AreEqual("RgPortType", (string?)portType.Attribute("name"));
        CollectionAssert.AreEquivalent(Operations, portType.Elements(Wsdl + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
        foreach (var operation in portType.Elements(Wsdl + "operation"))
        {
            var fault = operation.Element(Wsdl + "fault");
            Assert.IsNotNull(fault);
            Assert.AreEqual("RgFault", (string?)fault.Attribute("name"));
            var part = MessagePart(wsdl, ResolveQName(fault, "message"));
            Assert.AreEqual(XName.Get("Status", Namespaces.LibertyUtility), part);
        }
    }

    [TestMethod]
    [DataRow("RgSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RgSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace)
    {
        XNamespace soap = soapNamespace;
        var wsdl = LoadWsdl();
        var binding = wsdl.Elements(Wsdl + "binding").Single(b => (string?)b.Attribute("name") == bindingName);

        Assert.AreEqual(XName.Get("RgPortType", Namespaces.Rg), ResolveQName(binding, "type"));
        var soapBinding = binding.Element(soap + "binding");
        Assert.IsNotNull(soapBinding);
        Assert.AreEqual("document", (string?)soapBinding.Attribute("style"));
        Assert.AreEqual("http://schemas.xmlsoap.org/soap/http", (string?)soapBinding.Attribute("transport"));
        CollectionAssert.AreEquivalent(Operations, binding.Elements(Wsdl + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
        foreach (var operation in binding.Elements(Wsdl + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var soapOperation = operation.Element(soap + "operation");
            Assert.IsNotNull(soapOperation, name);
            Assert.AreEqual(RgOperations.Action(name), (string?)soapOperation.Attribute("soapAction"));
            Assert.AreEqual("urn:3gpp:gup:2006-08:rg:" + name, (string?)soapOperation.Attribute("soapAction"));
            Assert.AreEqual("document", (string?)soapOperation.Attribute("style"));
            if (soap == Soap12)
            {
                Assert.AreEqual("false", (string?)soapOperation.Attribute("soapActionRequired"));
            }

            Assert.AreEqual("literal", (string?)operation.Element(Wsdl + "input")?.Element(soap + "body")?.Attribute("use"));
            Assert.AreEqual("literal", (string?)operation.Element(Wsdl + "output")?.Element(soap + "body")?.Attribute("use"));
            var fault = operation.Element(Wsdl + "fault")?.Element(soap + "fault");
            Assert.AreEqual("RgFault", (string?)fault?.Attribute("name"));
            Assert.AreEqual("literal", (string?)fault?.Attribute("use"));
            Assert.IsEmpty(operation.Descendants(soap + "header"), "SOAP headers are not declared in the WSDL");
        }
    }

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInRgXsd()
    {
        var wsdl = LoadWsdl();
        var portType = wsdl.Elements(Wsdl + "portType").Single();

        foreach (var operation in portType.Elements(Wsdl + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var input = MessagePart(wsdl, ResolveQName(operation.Element(Wsdl + "input")!, "message"));
            var output = MessagePart(wsdl, ResolveQName(operation.Element(Wsdl + "output")!, "message"));

            Assert.AreEqual(XName.Get(name, Namespaces.Rg), input);
            Assert.AreEqual(XName.Get(name + "Response", Namespaces.Rg), output);
            foreach (var element in new[] { input, output })
            {
                Assert.IsNotNull(RgSchemas.GlobalElements[new XmlQualifiedName(element.LocalName, element.NamespaceName)], element.ToString());
            }
        }

        Assert.IsNotNull(RgSchemas.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }

    [TestMethod]
    public void WsdlAndXsd_LaterOperations_AreNotDeclared()
    {
        var wsdl = LoadWsdl();
        var operationNames = wsdl.Descendants(Wsdl + "operation").Select(o => (string?)o.Attribute("name")).ToHashSet();
        var partElements = wsdl.Descendants(Wsdl + "part").Select(p => ResolveQName(p, "element").LocalName).ToHashSet();

        foreach (var operation in LaterOperations)
        {
            Assert.DoesNotContain(operation, operationNames);
            Assert.DoesNotContain(operation, partElements);
            Assert.DoesNotContain(operation + "Response", partElements);
            Assert.IsNull(RgSchemas.GlobalElements[new XmlQualifiedName(operation, Namespaces.Rg)], operation);
            Assert.IsNull(RgSchemas.GlobalElements[new XmlQualifiedName(operation + "Response", Namespaces.Rg)], operation);
        }
    }

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddress()
    {
        var wsdl = LoadWsdl();
        var service = wsdl.Elements(Wsdl + "service").Single();

        Assert.AreEqual("RgService", (string?)service.Attribute("name"));
        var ports = service.Elements(Wsdl + "port").ToDictionary(p => (string)p.Attribute("name")!);
        Assert.HasCount(2, ports);
        Assert.AreEqual(XName.Get("RgSoap11Binding", Namespaces.Rg), ResolveQName(ports["RgSoap11Port"], "binding"));
        Assert.AreEqual(XName.Get("RgSoap12Binding", Namespaces.Rg), ResolveQName(ports["RgSoap12Port"], "binding"));
        Assert.AreEqual("http://localhost/gup/rg", (string?)ports["RgSoap11Port"].Element(Soap11 + "address")?.Attribute("location"));
        Assert.AreEqual("http://localhost/gup/rg", (string?)ports["RgSoap12Port"].Element(Soap12 + "address")?.Attribute("location"));
    }

    [TestMethod]
    public void Wsdl_RenderedForAFetchAddress_PointsBothPortsThere()
    {
        var document = new WsdlDocument(File.ReadAllText(RgWsdlPath), SchemaRegistry.Default.GetSchemaText);
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("gup.example.net", 8443);
        http.Request.Path = "/gup/rg";

        var rendered = XDocument.Parse(document.Render(http.Request));

        var addresses = rendered.Descendants().Where(e => e.Name == Soap11 + "address" || e.Name == Soap12 + "address").ToList();
        Assert.HasCount(2, addresses);
        Assert.IsTrue(addresses.All(a => (string?)a.Attribute("location") == "https://gup.example.net:8443/gup/rg"));
    }

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations()
    {
        // Resolve the way a client that fetched GET /gup/rg?wsdl does: relative to that address.
        var wsdl = LoadWsdl();
        var inline = wsdl.Element(Wsdl + "types")!.Element(Xsd + "schema")!;
        var resolver = new ServedSchemaResolver();

        var (set, messages) = CompileServed(inline.ToString(), ServedSchemaResolver.WsdlAddress, resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(
            new[] { "rg.xsd", "gup.xsd", "liberty-utility.xsd" },
            resolver.Fetched.Select(u => u.Query["?xsd=".Length..]).Distinct().ToArray());
        Assert.IsTrue(resolver.Fetched.All(u => u.AbsolutePath == "/gup/rg" && u.Host == "localhost"));
        foreach (var operation in Operations)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation, Namespaces.Rg)]);
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation + "Response", Namespaces.Rg)]);
        }

        Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }

    // ---------- helpers ----------

    private static XmlSchemaSet CompileRgXsd()
    {
        var messages = new List<string>();
        var resolver = SchemaRegistry.Default.CreateResolver();
        var set = SchemaRegistry.Default.CompileWith(File.ReadAllText(RgXsdPath), resolver, messages);
        if (messages.Count > 0 || !set.IsCompiled)
        {
            throw new InvalidOperationException("rg.xsd does not compile: " + string.Join("; ", messages));
        }

        return set;
    }

    /// <summary>Compiles one schema text read from <paramref name="baseUri"/>, its imports fetched through <paramref name="resolver"/> only.</summary>
    private static (XmlSchemaSet Set, List<string> Messages) CompileServed(string schemaText, string baseUri, ServedSchemaResolver resolver)
    {
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var messages = new List<string>();
        set.ValidationEventHandler += (_, e) => messages.Add(e.Message);
        using (var reader = XmlReader.Create(new StringReader(schemaText), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }, baseUri))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return (set, messages);
    }

    private static List<Type> RgContractTypes() => typeof(RgOperations).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(RgOperations).Namespace && t.GetCustomAttribute<XmlTypeAttribute>() is not null)
        .ToList();

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rg", name + ".xml");

    /// <summary>Validates a fixture against rg.xsd and reads it the way the server does (unknown content is an error).</summary>
    private static T ValidateAndDeserialize<T>(string fixture, string? rootElement = null)
    {
        var text = File.ReadAllText(FixturePath(fixture));
        var errors = Validate(text);
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        var root = XElement.Parse(text);
        Assert.AreEqual(XName.Get(rootElement ?? fixture, Namespaces.Rg), root.Name);

        using (var reader = root.CreateReader())
        {
            Assert.IsTrue(MessageSerializer.For(typeof(T)).CanDeserialize(reader), "XmlSerializer does not recognise the root element of " + fixture);
        }

        var (value, error) = MessageSerializer.Deserialize(root, typeof(T));
        Assert.IsNull(error, error);
        return (T)value!;
    }

    /// <summary>Validation errors of <paramref name="xml"/> against rg.xsd and the embedded schemas; an undeclared root is an error too.</summary>
    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationType = ValidationType.Schema,
            Schemas = RgSchemas,
            ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
            }
        };
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            reader.MoveToContent();
            if (RgSchemas.GlobalElements[new XmlQualifiedName(reader.LocalName, reader.NamespaceURI)] is null)
            {
                errors.Add($"root {reader.NamespaceURI}:{reader.LocalName} is not declared");
            }

            while (reader.Read())
            {
            }
        }

        return errors;
    }

    private static XElement LoadWsdl()
    {
        var doc = XDocument.Load(RgWsdlPath);
        Assert.AreEqual(Wsdl + "definitions", doc.Root!.Name);
        Assert.AreEqual(Namespaces.Rg, (string?)doc.Root.Attribute("targetNamespace"));
        return doc.Root;
    }

    private static XName ResolveQName(XElement element, string attribute)
    {
        var value = (string?)element.Attribute(attribute);
        Assert.IsNotNull(value, attribute);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : value[..colon];
        var ns = colon < 0 ? element.GetDefaultNamespace() : element.GetNamespaceOfPrefix(prefix);
        Assert.IsNotNull(ns, "unbound prefix in " + value);
        return ns + value[(colon + 1)..];
    }

    /// <summary>The element of the single part of a WSDL message (document/literal).</summary>
    private static XName MessagePart(XElement wsdl, XName message)
    {
        Assert.AreEqual(Namespaces.Rg, message.NamespaceName);
        var definition = wsdl.Elements(Wsdl + "message").SingleOrDefault(m => (string?)m.Attribute("name") == message.LocalName);
        Assert.IsNotNull(definition, "message " + message.LocalName);
        var part = definition.Elements(Wsdl + "part").Single();
        Assert.IsNull(part.Attribute("type"), "document/literal parts name elements");
        return ResolveQName(part, "element");
    }

    private static object Populated(string sample)
    {
        var at = new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc);
        var subscriberInfo = new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName);
        var presenceSettings = new XmlQualifiedName("PresenceSettings", Pres.NamespaceName);
        var scope = new Dictionary<string, string> { ["gup"] = Namespaces.Gup, ["sub"] = Sub.NamespaceName };
        RequestorData Requestor() => new()
        {
            SubscriberId = "sip:alice@example.org",
            ApplicationId = "urn:example:app",
            PrivacyPolicy = "default",
            RedirectionIndication = "Preferred",
            AdditionalInfo = new AnyContent { Elements = [new XElement("{urn:example:x}Hint", "1")], Text = "note" },
        };
        ResourceId Alice() => new() { Type = "sip", Value = "sip:alice@example.org" };
        var component = new XElement(
            Sub + "SubscriberInfo",
            new XElement(Sub + "DisplayName", "Alice"),
            new XElement(Sub + "Language", "en"),
            new XElement(Sub + "MSISDN", "+447700900123"));
        var failedItem = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.InvalidSelect, "Unknown prefix.");

        return sample switch
        {
            "Create" => new CreateRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                TargetRepository = "hss",
                Items =
                [
                    new CreateItem { ItemId = "1", ObjectType = subscriberInfo, NewData = new AnyContent { Elements = [component] } },
                    new CreateItem { ObjectType = presenceSettings, NewData = new AnyContent { Elements = [new XElement(Pres + "PresenceSettings", new XElement(Pres + "Status", "open"))] } },
                ],
            },
            "Create.Minimal" => new CreateRequest { Items = [new CreateItem { ObjectType = subscriberInfo, NewData = new AnyContent() }] },
            "CreateResponse" => new CreateResponse
            {
                Items = [new ItemResult { ItemIdRef = "1", Version = 1, VersionSpecified = true }, new ItemResult { Version = 1, VersionSpecified = true }],
                TimeStamp = at,
                TimeStampSpecified = true,
            },
            "CreateResponse.Failed" => new CreateResponse
            {
                Status = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready, "The profile already has a SubscriberInfo component."),
            },
            "Delete" => new DeleteRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                Items =
                [
                    new DeleteItem { ItemId = "1", ObjectType = subscriberInfo, NotChangedSince = at, NotChangedSinceSpecified = true },
                    new DeleteItem { ObjectType = presenceSettings },
                ],
            },
            "Delete.WholeProfile" => new DeleteRequest { ResourceId = Alice() },
            "DeleteResponse" => new DeleteResponse { TimeStamp = at, TimeStampSpecified = true },
            "Modify" => new ModifyRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                Items =
                [
                    new ModifyItem
                    {
                        ItemId = "1",
                        OverrideAllowed = true,
                        NotChangedSince = at,
                        NotChangedSinceSpecified = true,
                        Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope),
                        NewData = new AnyContent { Elements = [new XElement(Sub + "DisplayName", "Alice B.")] },
                    },
                    new ModifyItem { ItemId = "2", Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:MSISDN[2]", scope) },
                ],
            },
            "ModifyResponse" => new ModifyResponse
            {
                Status = new Status { Code = StatusCodes.Partial, Details = [new Status { Code = StatusCodes.InvalidParameter, Ref = "2" }] },
                Items = [new ItemResult { ItemIdRef = "1", Version = 9, VersionSpecified = true }, new ItemResult { ItemIdRef = "2", Status = failedItem }],
                TimeStamp = at,
                TimeStampSpecified = true,
            },
            "List" => new ListRequest
            {
                RequestorData = Requestor(),
                SearchCriteria = new ListCriteria { ResourceIdPattern = "sip:*", ComponentTypes = [subscriberInfo, presenceSettings] },
                Count = 50,
                CountSpecified = true,
                Offset = 100,
            },
            "List.Empty" => new ListRequest(),
            "ListResponse" => new ListResponse
            {
                Items =
                [
                    new ProfileListItem { ResourceId = Alice(), ComponentTypes = [subscriberInfo] },
                    new ProfileListItem { ResourceId = new ResourceId { Value = "group:fleet-1", Type = "generic" }, ComponentTypes = [subscriberInfo, new XmlQualifiedName("LcsPrivacy", Namespaces.Lcs)] },
                ],
                EndOfList = true,
                EndOfListSpecified = true,
                NextOffset = 2,
                NextOffsetSpecified = true,
                TimeStamp = at,
                TimeStampSpecified = true,
            },
            "ListResponse.MorePages" => new ListResponse
            {
                Items = [new ProfileListItem { ResourceId = Alice(), ComponentTypes = [presenceSettings] }],
                NextOffset = 1,
                NextOffsetSpecified = true,
            },
            "Query" => new QueryRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                Items =
                [
                    new QueryItem { ItemId = "a", Select = new DataSelect("/", scope) },
                    new QueryItem { ItemId = "b", Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:Language", scope), ChangedSince = at, ChangedSinceSpecified = true },
                ],
            },
            "QueryResponse" => new QueryResponse
            {
                Data =
                [
                    new QueryData { ItemIdRef = "a", Elements = [new XElement(XName.Get("Profile", Namespaces.Gup), new XAttribute("resourceID", "sip:alice@example.org"), component)] },
                    new QueryData { ItemIdRef = "b", Version = 3, VersionSpecified = true, ChangeTime = at, ChangeTimeSpecified = true, Text = "en" },
                ],
                TimeStamp = at,
                TimeStampSpecified = true,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(sample)),
        };
    }

    /// <summary>
    /// Compares what XmlSerializer reads and writes for one contract type with the compiled complexType: the same
    /// elements in the same order and multiplicity, the same attributes with the same simple types, and nothing that
    /// one side can leave out while the other requires it.
    /// </summary>
    private static class ContractShape
    {
        private static readonly Dictionary<Type, XmlTypeCode> SimpleTypes = new()
        {
            [typeof(string)] = XmlTypeCode.String,
            [typeof(DataSelect)] = XmlTypeCode.String,
            [typeof(bool)] = XmlTypeCode.Boolean,
            [typeof(int)] = XmlTypeCode.Int,
            [typeof(long)] = XmlTypeCode.Long,
            [typeof(DateTime)] = XmlTypeCode.DateTime,
            [typeof(XmlQualifiedName)] = XmlTypeCode.QName,
        };

        public static void Compare(Type type, XmlSchemaComplexType complexType, List<string> mismatches)
        {
            var where = type.Name + "/" + complexType.QualifiedName.Name;
            var members = SerializedMembers(type).ToList();
            var defaults = Activator.CreateInstance(type);

            var elements = members.Where(p => p.GetCustomAttribute<XmlElementAttribute>() is not null || p.GetCustomAttribute<XmlAnyElementAttribute>() is not null).ToList();
            var particles = Flatten(complexType.ContentTypeParticle).ToList();
            if (elements.Count != particles.Count)
            {
                mismatches.Add($"{where}: {elements.Count} element members, {particles.Count} particles");
            }

            foreach (var (member, particle) in elements.Zip(particles))
            {
                CompareElement(where, member, particle, mismatches);
            }

            if (members.Any(p => p.GetCustomAttribute<XmlTextAttribute>() is not null) != complexType.IsMixed)
            {
                mismatches.Add($"{where}: XmlText and mixed content disagree");
            }

            var attributes = members.Where(p => p.GetCustomAttribute<XmlAttributeAttribute>() is not null)
                .ToDictionary(p => p.GetCustomAttribute<XmlAttributeAttribute>()!.AttributeName);
            var uses = complexType.AttributeUses.Values.Cast<XmlSchemaAttribute>().ToDictionary(a => a.QualifiedName.Name);
            foreach (var missing in attributes.Keys.Except(uses.Keys).Concat(uses.Keys.Except(attributes.Keys)))
            {
                mismatches.Add($"{where}: attribute {missing} is declared on one side only");
            }

            foreach (var (name, member) in attributes.Where(a => uses.ContainsKey(a.Key)))
            {
                CompareAttribute($"{where}@{name}", member, uses[name], defaults, mismatches);
            }

            if (complexType.AttributeWildcard is not null)
            {
                mismatches.Add($"{where}: the schema allows any attribute, the contract reads none");
            }
        }

        private static void CompareElement(string where, PropertyInfo member, XmlSchemaParticle particle, List<string> mismatches)
        {
            var memberType = Unwrapped(member.PropertyType);
            var optional = HasSpecified(member);
            if (member.GetCustomAttribute<XmlAnyElementAttribute>() is not null)
            {
                if (particle is not XmlSchemaAny { Namespace: "##any" } || particle.MaxOccurs <= 1)
                {
                    mismatches.Add($"{where}/{member.Name}: XmlAnyElement needs xs:any ##any maxOccurs=unbounded");
                }

                return;
            }

            var attribute = member.GetCustomAttribute<XmlElementAttribute>()!;
            var name = new XmlQualifiedName(attribute.ElementName, attribute.Namespace ?? Namespaces.Rg);
            if (particle is not XmlSchemaElement element || element.QualifiedName != name)
            {
                mismatches.Add($"{where}/{member.Name}: expected element {name}, schema has {(particle as XmlSchemaElement)?.QualifiedName.ToString() ?? particle.GetType().Name}");
                return;
            }

            if (member.PropertyType.IsArray != element.MaxOccurs > 1)
            {
                mismatches.Add($"{where}/{name.Name}: array and maxOccurs disagree");
            }

            if (optional && element.MinOccurs > 0)
            {
                mismatches.Add($"{where}/{name.Name}: the contract may leave it out, the schema requires it");
            }

            if (memberType.IsValueType && !optional && element.MinOccurs == 0)
            {
                mismatches.Add($"{where}/{name.Name}: always written, yet optional without a default");
            }

            if (SimpleTypes.TryGetValue(memberType, out var code) && element.ElementSchemaType?.Datatype?.TypeCode != code)
            {
                mismatches.Add($"{where}/{name.Name}: {memberType.Name} against {element.ElementSchemaType?.QualifiedName}");
            }

            if (memberType == typeof(AnyContent) && element.ElementSchemaType?.QualifiedName != new XmlQualifiedName("AnyContentType", Namespaces.Gup))
            {
                mismatches.Add($"{where}/{name.Name}: open content must be gup:AnyContentType");
            }

            if (memberType.GetCustomAttribute<XmlTypeAttribute>() is { Namespace: Namespaces.Rg } xmlType
                && element.ElementSchemaType?.QualifiedName != new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace))
            {
                mismatches.Add($"{where}/{name.Name}: {xmlType.TypeName} against {element.ElementSchemaType?.QualifiedName}");
            }
        }

        private static void CompareAttribute(string where, PropertyInfo member, XmlSchemaAttribute use, object? defaults, List<string> mismatches)
        {
            var memberType = Unwrapped(member.PropertyType);
            var optional = HasSpecified(member);
            if (!SimpleTypes.TryGetValue(memberType, out var code) || use.AttributeSchemaType?.Datatype?.TypeCode != code)
            {
                mismatches.Add($"{where}: {memberType.Name} against {use.AttributeSchemaType?.QualifiedName}");
            }

            if (optional && use.Use == XmlSchemaUse.Required)
            {
                mismatches.Add($"{where}: the contract may leave it out, the schema requires it");
            }

            if (memberType.IsValueType && !optional && use.Use != XmlSchemaUse.Required)
            {
                // Always written; when a client leaves it out the contract reads its C# default, which the schema must state.
                var clrDefault = Format(member.GetValue(defaults));
                if (use.DefaultValue != clrDefault)
                {
                    mismatches.Add($"{where}: schema default '{use.DefaultValue}', contract default '{clrDefault}'");
                }
            }
        }

        /// <summary>Serialized properties in XmlSerializer order: base class first, each class by Order, then declaration.</summary>
        private static IEnumerable<PropertyInfo> SerializedMembers(Type type)
        {
            var chain = new Stack<Type>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                chain.Push(t);
            }

            return chain.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<XmlIgnoreAttribute>() is null)
                .OrderBy(p => p.GetCustomAttribute<XmlElementAttribute>()?.Order ?? -1)
                .ThenBy(p => p.MetadataToken));
        }

        private static IEnumerable<XmlSchemaParticle> Flatten(XmlSchemaParticle? particle) => particle switch
        {
            XmlSchemaSequence sequence => sequence.Items.Cast<XmlSchemaParticle>().SelectMany(Flatten),
            XmlSchemaElement or XmlSchemaAny => [particle],
            XmlSchemaGroupBase other => throw new InvalidOperationException("Only sequences are expected in rg.xsd, found " + other.GetType().Name),
            _ => [],
        };

        private static bool HasSpecified(PropertyInfo member) =>
            member.DeclaringType!.GetProperty(member.Name + "Specified") is { PropertyType: var t } && t == typeof(bool);

        private static Type Unwrapped(Type type) =>
            type.IsArray ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type;

        private static string? Format(object? value) => value switch
        {
            bool b => XmlConvert.ToString(b),
            int i => XmlConvert.ToString(i),
            long l => XmlConvert.ToString(l),
            null => null,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Serves <c>?xsd=</c> requests for the address the WSDL was fetched from: rg.xsd from wsdl/, the rest from the registry.</summary>
    private sealed class ServedSchemaResolver : XmlResolver
    {
        public const string WsdlAddress = "http://localhost/gup/rg?wsdl";

        public List<Uri> Fetched { get; } = [];

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new(baseUri ?? new Uri(WsdlAddress), relativeUri ?? string.Empty);

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            Fetched.Add(absoluteUri);
            if (absoluteUri.Scheme != Uri.UriSchemeHttp || absoluteUri.Host != "localhost" || !absoluteUri.Query.StartsWith("?xsd=", StringComparison.Ordinal))
            {
                throw new XmlException("not a served schema: " + absoluteUri);
            }

            var name = absoluteUri.Query["?xsd=".Length..];
            var text = name == "rg.xsd" ? File.ReadAllText(RgXsdPath) : SchemaRegistry.Default.GetSchemaText(name)
                ?? throw new XmlException("no such schema: " + name);
            return new MemoryStream(Encoding.UTF8.GetBytes(text));
        }
    }
}
