using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rp.wsdl + wsdl/rp.xsd and the XmlSerializer contracts of Contracts/Rp describe the same messages.</summary>
[TestClass]
public sealed class RpWsdlContractAgreementTests
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap11 = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Soap12 = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private static readonly XNamespace Xsd = XmlSchema.Namespace;
    private static readonly XNamespace Rp = Namespaces.Rp;
    private static readonly XNamespace Sub = "urn:3gpp:gup:2006-08:subscriber";
    private static readonly XNamespace Pres = "urn:3gpp:gup:2006-08:presence";

    private static readonly string[] Operations =
    [
        RpOperations.CreateComponent,
        RpOperations.DeleteComponent,
        RpOperations.ModifyData,
        RpOperations.ListData,
        RpOperations.ReadData,
        RpOperations.DefineData,
    ];

    private static readonly Lazy<XmlSchemaSet> s_rpSchemas = new(CompileRpXsd);

    private static string RpXsdPath => Path.Combine(TestPaths.RepoRoot, "wsdl", "rp.xsd");

    private static string RpWsdlPath => Path.Combine(TestPaths.RepoRoot, "wsdl", "Rp.wsdl");

    private static XmlSchemaSet RpSchemas => s_rpSchemas.Value;

    // ---------- (a) hand-written samples: valid against rp.xsd and read by XmlSerializer ----------

    [TestMethod]
    public void Fixture_CreateComponent_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<CreateComponentRequest>("CreateComponent");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("sip", request.ResourceId?.Type);
        Assert.AreEqual("sip:alice@example.org", request.RequestorData?.SubscriberId);
        Assert.AreEqual("urn:example:app:provisioning", request.RequestorData?.ApplicationId);
        Assert.AreEqual("None", request.RequestorData?.RedirectionIndication);
        Assert.AreEqual(XName.Get("ticket", "urn:example:crm"), request.RequestorData?.AdditionalInfo?.Elements?.Single().Name);
        Assert.AreEqual("web", request.RequestorData?.AdditionalInfo?.Attributes?.Single().Value);
        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), request.ComponentType);
        var component = request.NewData?.Elements?.Single();
        Assert.IsNotNull(component);
        Assert.AreEqual(Sub + "SubscriberInfo", component.Name);
        Assert.AreEqual("+447700900123", (string?)component.Element(Sub + "MSISDN"));
        Assert.IsTrue(SchemaRegistry.Default.Validate(component).IsValid);
    }

    [TestMethod]
    public void Fixture_CreateComponentResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<CreateComponentResponse>("CreateComponentResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.AreEqual(1L, response.Version);
        Assert.IsTrue(response.TimeStampSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), response.TimeStamp.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_DeleteComponent_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<DeleteComponentRequest>("DeleteComponent");

        Assert.AreEqual("tel:+447700900123", request.ResourceId?.Value);
        Assert.AreEqual("tel", request.ResourceId?.Type);
        Assert.IsNull(request.RequestorData);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), request.ComponentType);
        Assert.IsTrue(request.NotChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), request.NotChangedSince.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_DeleteComponentResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<DeleteComponentResponse>("DeleteComponentResponse");

        Assert.AreEqual(StatusCodes.Failed, response.Status.Code);
        Assert.AreEqual(StatusCodes.DataUnavailable, response.Status.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, response.Status.Detail);
        Assert.AreEqual("The resource has no PresenceSettings component.", response.Status.Comment);
    }

    [TestMethod]
    public void Fixture_ModifyData_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<ModifyDataRequest>("ModifyData");

        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), request.ComponentType);
        Assert.AreEqual("urn:example:app:selfcare", request.RequestorData?.ApplicationId);
        Assert.HasCount(2, request.Modifications!);
        var first = request.Modifications![0];
        Assert.AreEqual("name", first.ItemId);
        Assert.IsTrue(first.OverrideAllowed);
        Assert.IsTrue(first.NotChangedSinceSpecified);
        Assert.AreEqual("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", first.Select?.Text);
        Assert.AreEqual(Sub.NamespaceName, first.Select?.LookupNamespace("sub"));
        Assert.AreEqual(Namespaces.Gup, first.Select?.LookupNamespace("gup"));
        Assert.AreEqual("Alice A. Example", first.NewData?.Elements?.Single().Value);
        var second = request.Modifications[1];
        Assert.AreEqual("number", second.ItemId);
        Assert.IsFalse(second.OverrideAllowed);
        Assert.IsFalse(second.NotChangedSinceSpecified);
        Assert.AreEqual(Sub + "MSISDN", second.NewData?.Elements?.Single().Name);
    }

    [TestMethod]
    public void Fixture_ModifyDataResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<ModifyDataResponse>("ModifyDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.AreEqual(2L, response.Version);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    public void Fixture_ListData_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<ListDataRequest>("ListData");

        Assert.IsTrue(request.CountSpecified);
        Assert.AreEqual(10, request.Count);
        Assert.AreEqual(20, request.Offset);
        Assert.AreEqual("urn:example:app:audit", request.RequestorData?.ApplicationId);
        Assert.AreEqual("sip:*@example.org", request.SearchCriteria?.ResourceIdPattern);
        CollectionAssert.AreEqual(
            new[] { new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), new XmlQualifiedName("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs") },
            request.SearchCriteria?.ComponentTypes);
    }

    [TestMethod]
    public void Fixture_ListDataResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<ListDataResponse>("ListDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(2, response.Items!);
        Assert.AreEqual("sip:alice@example.org", response.Items![0].ResourceId?.Value);
        Assert.HasCount(2, response.Items[0].ComponentTypes!);
        Assert.AreEqual(new XmlQualifiedName("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs"), response.Items[0].ComponentTypes![1]);
        Assert.AreEqual("sip:bob@example.org", response.Items[1].ResourceId?.Value);
        Assert.IsTrue(response.EndOfListSpecified && response.EndOfList);
        Assert.IsTrue(response.NextOffsetSpecified);
        Assert.AreEqual(22, response.NextOffset);
    }

    [TestMethod]
    public void Fixture_ReadData_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<ReadDataRequest>("ReadData");

        Assert.AreEqual("sip:bob@example.org", request.ResourceId?.Value);
        Assert.AreEqual("Supported", request.RequestorData?.RedirectionIndication);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), request.ComponentType);
        Assert.HasCount(2, request.Items!);
        Assert.AreEqual("all", request.Items![0].ItemId);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings", request.Items[0].Select?.Text);
        Assert.AreEqual("phone", request.Items[1].ItemId);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Device[@id='phone']/@id", request.Items[1].Select?.Text);
        Assert.AreEqual(Pres.NamespaceName, request.Items[1].Select?.LookupNamespace("pres"));
    }

    [TestMethod]
    public void Fixture_ReadDataResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<ReadDataResponse>("ReadDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(2, response.Data!);
        var whole = response.Data![0];
        Assert.AreEqual("all", whole.ItemIdRef);
        Assert.AreEqual(7L, whole.Version);
        Assert.AreEqual(new DateTime(2026, 2, 28, 8, 0, 0, DateTimeKind.Utc), whole.ChangeTime.ToUniversalTime());
        Assert.AreEqual(Pres + "PresenceSettings", whole.Elements?.Single().Name);
        var attribute = response.Data[1];
        Assert.AreEqual("phone", attribute.ItemIdRef);
        Assert.AreEqual("phone", attribute.Text);
        Assert.IsNull(attribute.Elements);
    }

    [TestMethod]
    public void Fixture_DefineData_ValidAndDeserializes()
    {
        var request = ValidateAndDeserialize<DefineDataRequest>("DefineData");

        Assert.AreEqual("urn:example:app:operator-admin", request.RequestorData?.ApplicationId);
        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), request.ComponentType);
        Assert.HasCount(2, request.Definitions!);
        var first = request.Definitions![0];
        Assert.AreEqual(new XmlQualifiedName("LoyaltyLevel", "urn:example:operator-ext"), first.Name);
        Assert.AreEqual(new XmlQualifiedName("nonNegativeInteger", XmlSchema.Namespace), first.Type);
        Assert.AreEqual("/gup:Profile/sub:SubscriberInfo", first.Parent?.Text);
        Assert.AreEqual(1, first.MaxOccurs);
        Assert.AreEqual(3, request.Definitions[1].MaxOccurs);
        Assert.AreEqual(new XmlQualifiedName("string", XmlSchema.Namespace), request.Definitions[1].Type);
    }

    [TestMethod]
    public void Fixture_DefineDataResponse_ValidAndDeserializes()
    {
        var response = ValidateAndDeserialize<DefineDataResponse>("DefineDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    public void Fixtures_EveryRpElement_HasOne()
    {
        foreach (var element in Operations.SelectMany(o => new[] { o, o + "Response" }))
        {
            Assert.IsTrue(File.Exists(FixturePath(element)), "missing fixture " + element);
        }
    }

    [TestMethod]
    public void Fixture_WithElementsOutOfOrder_IsRejectedByRpXsd()
    {
        var doc = XDocument.Load(FixturePath("CreateComponent"));
        var resource = doc.Root!.Element(XName.Get("ResourceID", Namespaces.Gup))!;
        resource.Remove();
        doc.Root.Add(resource);

        var errors = Validate(doc.ToString());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_WithInvalidComponentInNewData_IsRejectedByRpXsd()
    {
        var doc = XDocument.Load(FixturePath("CreateComponent"));
        doc.Descendants(Sub + "Language").Single().Remove();

        var errors = Validate(doc.ToString());

        Assert.IsNotEmpty(errors);
    }

    // ---------- (b) what XmlSerializer writes is valid against rp.xsd ----------

    [TestMethod]
    [DataRow("CreateComponent")]
    [DataRow("CreateComponent.Minimal")]
    [DataRow("CreateComponentResponse")]
    [DataRow("CreateComponentResponse.Failed")]
    [DataRow("DeleteComponent")]
    [DataRow("DeleteComponentResponse")]
    [DataRow("ModifyData")]
    [DataRow("ModifyDataResponse")]
    [DataRow("ListData")]
    [DataRow("ListData.Empty")]
    [DataRow("ListDataResponse")]
    [DataRow("ReadData")]
    [DataRow("ReadDataResponse")]
    [DataRow("DefineData")]
    [DataRow("DefineDataResponse")]
    public void Serialize_PopulatedContract_ValidatesAgainstRpXsd(string sample)
    {
        var instance = Populated(sample);
        var serializer = new XmlSerializer(instance.GetType());
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            serializer.Serialize(writer, instance);
        }

        var errors = Validate(text.ToString());

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors) + Environment.NewLine + text);
        var root = XElement.Parse(text.ToString()).Name;
        Assert.AreEqual(XName.Get(instance.GetType().GetCustomAttribute<XmlRootAttribute>()!.ElementName, Namespaces.Rp), root);
        Assert.IsNotNull(RpSchemas.GlobalElements[new XmlQualifiedName(root.LocalName, root.NamespaceName)]);
    }

    [TestMethod]
    public void RpXsd_EveryContractRootAndType_IsDeclared()
    {
        var contractTypes = typeof(RpOperations).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RpOperations).Namespace && t.GetCustomAttribute<XmlTypeAttribute>() is not null)
            .ToList();
        Assert.IsGreaterThanOrEqualTo(12, contractTypes.Count);

        foreach (var type in contractTypes)
        {
            var xmlType = type.GetCustomAttribute<XmlTypeAttribute>()!;
            Assert.IsNotNull(RpSchemas.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)], "complexType " + xmlType.TypeName);
            if (type.GetCustomAttribute<XmlRootAttribute>() is { } root)
            {
                var element = RpSchemas.GlobalElements[new XmlQualifiedName(root.ElementName, root.Namespace)] as XmlSchemaElement;
                Assert.IsNotNull(element, "element " + root.ElementName);
                Assert.AreEqual(xmlType.TypeName, element.ElementSchemaType?.QualifiedName.Name, root.ElementName);
            }
        }
    }

    [TestMethod]
    public void RpXsd_ImportsOnlyServedSiblings()
    {
        var schema = XDocument.Load(RpXsdPath).Root!;

        Assert.AreEqual(Namespaces.Rp, (string?)schema.Attribute("targetNamespace"));
        var locations = schema.Elements(Xsd + "import").Select(i => (string?)i.Attribute("schemaLocation")).ToList();
        CollectionAssert.AreEquivalent(new[] { "rp?xsd=gup.xsd", "rp?xsd=liberty-utility.xsd" }, locations);
        Assert.IsEmpty(schema.Elements(Xsd + "include"));
    }

    // ---------- (c) the WSDL ----------

    [TestMethod]
    public void Wsdl_PortType_HasTheSixOperationsEachWithRpFault()
    {
        var wsdl = LoadWsdl();
        var portType = wsdl.Elements(Wsdl + "portType").Single();

        Assert.AreEqual("RpPortType", (string?)portType.Attribute("name"));
        CollectionAssert.AreEquivalent(Operations, portType.Elements(Wsdl + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
        foreach (var operation in portType.Elements(Wsdl + "operation"))
        {
            var fault = operation.Element(Wsdl + "fault");
            Assert.IsNotNull(fault);
            Assert.AreEqual("RpFault", (string?)fault.Attribute("name"));
            var part = MessagePart(wsdl, ResolveQName(fault, "message"));
            Assert.AreEqual(XName.Get("Status", Namespaces.LibertyUtility), part);
        }
    }

    [TestMethod]
    [DataRow("RpSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RpSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace)
    {
        XNamespace soap = soapNamespace;
        var wsdl = LoadWsdl();
        var binding = wsdl.Elements(Wsdl + "binding").Single(b => (string?)b.Attribute("name") == bindingName);

        Assert.AreEqual(XName.Get("RpPortType", Namespaces.Rp), ResolveQName(binding, "type"));
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
            Assert.AreEqual(RpOperations.Action(name), (string?)soapOperation.Attribute("soapAction"));
            Assert.AreEqual("urn:3gpp:gup:2006-08:rp:" + name, (string?)soapOperation.Attribute("soapAction"));
            if (soap == Soap12)
            {
                Assert.AreEqual("false", (string?)soapOperation.Attribute("soapActionRequired"));
            }

            Assert.AreEqual("literal", (string?)operation.Element(Wsdl + "input")?.Element(soap + "body")?.Attribute("use"));
            Assert.AreEqual("literal", (string?)operation.Element(Wsdl + "output")?.Element(soap + "body")?.Attribute("use"));
            var fault = operation.Element(Wsdl + "fault")?.Element(soap + "fault");
            Assert.AreEqual("RpFault", (string?)fault?.Attribute("name"));
            Assert.AreEqual("literal", (string?)fault?.Attribute("use"));
            Assert.IsEmpty(operation.Descendants(soap + "header"), "SOAP headers are not declared in the WSDL");
        }
    }

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInRpXsd()
    {
        var wsdl = LoadWsdl();
        var portType = wsdl.Elements(Wsdl + "portType").Single();

        foreach (var operation in portType.Elements(Wsdl + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var input = MessagePart(wsdl, ResolveQName(operation.Element(Wsdl + "input")!, "message"));
            var output = MessagePart(wsdl, ResolveQName(operation.Element(Wsdl + "output")!, "message"));

            Assert.AreEqual(XName.Get(name, Namespaces.Rp), input);
            Assert.AreEqual(XName.Get(name + "Response", Namespaces.Rp), output);
            foreach (var element in new[] { input, output })
            {
                Assert.IsNotNull(RpSchemas.GlobalElements[new XmlQualifiedName(element.LocalName, element.NamespaceName)], element.ToString());
            }
        }

        Assert.IsNotNull(RpSchemas.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddress()
    {
        var wsdl = LoadWsdl();
        var service = wsdl.Elements(Wsdl + "service").Single();

        Assert.AreEqual("RpService", (string?)service.Attribute("name"));
        var ports = service.Elements(Wsdl + "port").ToDictionary(p => (string)p.Attribute("name")!);
        Assert.HasCount(2, ports);
        Assert.AreEqual(XName.Get("RpSoap11Binding", Namespaces.Rp), ResolveQName(ports["RpSoap11Port"], "binding"));
        Assert.AreEqual(XName.Get("RpSoap12Binding", Namespaces.Rp), ResolveQName(ports["RpSoap12Port"], "binding"));
        Assert.AreEqual("http://localhost/raf/NAME/rp", (string?)ports["RpSoap11Port"].Element(Soap11 + "address")?.Attribute("location"));
        Assert.AreEqual("http://localhost/raf/NAME/rp", (string?)ports["RpSoap12Port"].Element(Soap12 + "address")?.Attribute("location"));
    }

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations()
    {
        // Resolve the way a client that fetched GET /raf/hss/rp?wsdl does: relative to that address.
        var wsdl = LoadWsdl();
        var inline = wsdl.Element(Wsdl + "types")!.Element(Xsd + "schema")!;
        var resolver = new ServedSchemaResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var messages = new List<string>();
        set.ValidationEventHandler += (_, e) => messages.Add(e.Message);
        using (var reader = XmlReader.Create(new StringReader(inline.ToString()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }, ServedSchemaResolver.WsdlAddress))
        {
            set.Add(null, reader);
        }

        set.Compile();

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(
            new[] { "rp.xsd", "gup.xsd", "liberty-utility.xsd" },
            resolver.Fetched.Select(u => u.Query["?xsd=".Length..]).Distinct().ToArray());
        Assert.IsTrue(resolver.Fetched.All(u => u.AbsolutePath == "/raf/hss/rp" && u.Host == "localhost"));
        foreach (var operation in Operations)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation, Namespaces.Rp)]);
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation + "Response", Namespaces.Rp)]);
        }

        Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }

    // ---------- helpers ----------

    private static XmlSchemaSet CompileRpXsd()
    {
        var messages = new List<string>();
        var resolver = SchemaRegistry.Default.CreateResolver();
        var set = SchemaRegistry.Default.CompileWith(File.ReadAllText(RpXsdPath), resolver, messages);
        if (messages.Count > 0 || !set.IsCompiled)
        {
            throw new InvalidOperationException("rp.xsd does not compile: " + string.Join("; ", messages));
        }

        return set;
    }

    private static string FixturePath(string element) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rp", element + ".xml");

    private static T ValidateAndDeserialize<T>(string element)
    {
        var text = File.ReadAllText(FixturePath(element));
        var errors = Validate(text);
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        Assert.AreEqual(XName.Get(element, Namespaces.Rp), XElement.Parse(text).Name);

        var serializer = new XmlSerializer(typeof(T));
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        Assert.IsTrue(serializer.CanDeserialize(reader), "XmlSerializer does not recognise the root element of " + element);
        return (T)serializer.Deserialize(reader)!;
    }

    /// <summary>Validation errors of <paramref name="xml"/> against rp.xsd and the embedded schemas; an undeclared root is an error too.</summary>
    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationType = ValidationType.Schema,
            Schemas = RpSchemas,
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
            if (RpSchemas.GlobalElements[new XmlQualifiedName(reader.LocalName, reader.NamespaceURI)] is null)
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
        var doc = XDocument.Load(RpWsdlPath);
        Assert.AreEqual(Wsdl + "definitions", doc.Root!.Name);
        Assert.AreEqual(Namespaces.Rp, (string?)doc.Root.Attribute("targetNamespace"));
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
        Assert.AreEqual(Namespaces.Rp, message.NamespaceName);
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

        return sample switch
        {
            "CreateComponent" => new CreateComponentRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = subscriberInfo,
                NewData = new AnyContent { Elements = [component] },
            },
            "CreateComponent.Minimal" => new CreateComponentRequest { ComponentType = subscriberInfo, NewData = new AnyContent() },
            "CreateComponentResponse" => new CreateComponentResponse { Version = 1, TimeStamp = at, TimeStampSpecified = true },
            "CreateComponentResponse.Failed" => new CreateComponentResponse
            {
                Status = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.InvalidData, "/SubscriberInfo: incomplete"),
            },
            "DeleteComponent" => new DeleteComponentRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = subscriberInfo,
                NotChangedSince = at,
                NotChangedSinceSpecified = true,
            },
            "DeleteComponentResponse" => new DeleteComponentResponse { TimeStamp = at, TimeStampSpecified = true },
            "ModifyData" => new ModifyDataRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = subscriberInfo,
                Modifications =
                [
                    new Modification
                    {
                        ItemId = "1",
                        OverrideAllowed = true,
                        NotChangedSince = at,
                        NotChangedSinceSpecified = true,
                        Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope),
                        NewData = new AnyContent { Elements = [new XElement(Sub + "DisplayName", "Alice B.")] },
                    },
                    new Modification { Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:MSISDN[2]", scope) },
                ],
            },
            "ModifyDataResponse" => new ModifyDataResponse { Version = 9, TimeStamp = at, TimeStampSpecified = true },
            "ListData" => new ListDataRequest
            {
                RequestorData = Requestor(),
                SearchCriteria = new SearchCriteria { ResourceIdPattern = "sip:*", ComponentTypes = [subscriberInfo, new XmlQualifiedName("PresenceSettings", Pres.NamespaceName)] },
                Count = 50,
                CountSpecified = true,
                Offset = 100,
            },
            "ListData.Empty" => new ListDataRequest(),
            "ListDataResponse" => new ListDataResponse
            {
                Items =
                [
                    new ListItem { ResourceId = Alice(), ComponentTypes = [subscriberInfo] },
                    new ListItem { ResourceId = new ResourceId { Value = "group:fleet-1", Type = "generic" }, ComponentTypes = [subscriberInfo, new XmlQualifiedName("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs")] },
                ],
                EndOfList = true,
                EndOfListSpecified = true,
                NextOffset = 2,
                NextOffsetSpecified = true,
                TimeStamp = at,
                TimeStampSpecified = true,
            },
            "ReadData" => new ReadDataRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = subscriberInfo,
                Items =
                [
                    new ReadItem { ItemId = "a", Select = new DataSelect("/gup:Profile/sub:SubscriberInfo", scope) },
                    new ReadItem { Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:Language", scope) },
                ],
            },
            "ReadDataResponse" => new ReadDataResponse
            {
                Data =
                [
                    new ItemData { ItemIdRef = "a", Version = 3, ChangeTime = at, Elements = [component] },
                    new ItemData { Version = 3, ChangeTime = at, Text = "en" },
                ],
                TimeStamp = at,
                TimeStampSpecified = true,
            },
            "DefineData" => new DefineDataRequest
            {
                RequestorData = Requestor(),
                ComponentType = subscriberInfo,
                Definitions =
                [
                    new ElementDefinition
                    {
                        Name = new XmlQualifiedName("Nickname", "urn:example:ext"),
                        Type = new XmlQualifiedName("string", XmlSchema.Namespace),
                        Parent = new DataSelect("/gup:Profile/sub:SubscriberInfo", scope),
                        MaxOccurs = 2,
                    },
                ],
            },
            "DefineDataResponse" => new DefineDataResponse { Status = Status.Failed(StatusCodes.InvalidParameter, null, "Type must be a built-in simple type.") },
            _ => throw new ArgumentOutOfRangeException(nameof(sample)),
        };
    }

    /// <summary>Serves <c>?xsd=</c> requests for the address the WSDL was fetched from: rp.xsd from wsdl/, the rest from the registry.</summary>
    private sealed class ServedSchemaResolver : XmlResolver
    {
        public const string WsdlAddress = "http://localhost/raf/hss/rp?wsdl";

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
            var text = name == "rp.xsd" ? File.ReadAllText(RpXsdPath) : SchemaRegistry.Default.GetSchemaText(name)
                ?? throw new XmlException("no such schema: " + name);
            return new MemoryStream(Encoding.UTF8.GetBytes(text));
        }
    }
}
