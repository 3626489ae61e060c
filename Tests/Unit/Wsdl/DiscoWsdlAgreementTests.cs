using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Wsdl.WsdlStructure;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Disco.wsdl and wsdl/disco.xsd (with wsa, sbf, sec) agree with the Contracts/Disco types and the served addresses.</summary>
[TestClass]
public sealed class DiscoWsdlAgreementTests
{
    private static readonly XNamespace Xsd = XmlSchema.Namespace;

    private static readonly string[] Operations = typeof(DiscoOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static XElement Wsdl => XDocument.Load(DiscoSchemas.XsdPath("Disco.wsdl")).Root!;

    [TestMethod]
    public void Wsdl_PortType_HasEveryDiscoOperationWithDiscoFault()
    {
        var portType = Wsdl.Elements(Wsdl11 + "portType").Single();

        Assert.AreEqual("DiscoPortType", (string?)portType.Attribute("name"));
        CollectionAssert.AreEquivalent(Operations, portType.Elements(Wsdl11 + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
        foreach (var operation in portType.Elements(Wsdl11 + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            Assert.AreEqual(XName.Get(name, Namespaces.Disco), Part(ResolveQName(operation.Element(Wsdl11 + "input")!, "message")));
            Assert.AreEqual(XName.Get(name + "Response", Namespaces.Disco), Part(ResolveQName(operation.Element(Wsdl11 + "output")!, "message")));
            Assert.AreEqual(XName.Get("Status", Namespaces.LibertyUtility), Part(ResolveQName(operation.Element(Wsdl11 + "fault")!, "message")));
        }
    }

    [TestMethod]
    public void Wsdl_EveryOperation_DeclaresItsWsamAction()
    {
        var operations = Wsdl.Elements(Wsdl11 + "portType").Elements(Wsdl11 + "operation").ToList();

        Assert.HasCount(Operations.Length, operations);
        foreach (var operation in operations)
        {
            var name = (string)operation.Attribute("name")!;
            Assert.AreEqual(DiscoOperations.Action(name), (string?)operation.Element(Wsdl11 + "input")?.Attribute(WsdlAssertions.Wsam + "Action"), name);
            Assert.AreEqual(DiscoOperations.Action(name) + "Response", (string?)operation.Element(Wsdl11 + "output")?.Attribute(WsdlAssertions.Wsam + "Action"), name);
            Assert.AreEqual("http://www.w3.org/2005/08/addressing/soap/fault", (string?)operation.Element(Wsdl11 + "fault")?.Attribute(WsdlAssertions.Wsam + "Action"), name);
        }
    }

    [TestMethod]
    [DataRow("DiscoSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("DiscoSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace)
    {
        XNamespace soap = soapNamespace;
        var binding = Wsdl.Elements(Wsdl11 + "binding").Single(b => (string?)b.Attribute("name") == bindingName);

        Assert.AreEqual("document", (string?)binding.Element(soap + "binding")?.Attribute("style"));
        CollectionAssert.AreEquivalent(Operations, binding.Elements(Wsdl11 + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
        foreach (var operation in binding.Elements(Wsdl11 + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            Assert.AreEqual(DiscoOperations.Action(name), (string?)operation.Element(soap + "operation")?.Attribute("soapAction"));
            Assert.AreEqual("urn:liberty:disco:2006-08:" + name, DiscoOperations.Action(name));
            Assert.AreEqual("literal", (string?)operation.Element(Wsdl11 + "input")?.Element(soap + "body")?.Attribute("use"));
            Assert.AreEqual("literal", (string?)operation.Element(Wsdl11 + "output")?.Element(soap + "body")?.Attribute("use"));
        }
    }

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations()
    {
        var inline = Wsdl.Element(Wsdl11 + "types")!.Element(Xsd + "schema")!;

        var (set, messages, fetched) = DiscoSchemas.Compile(inline.ToString(), DiscoSchemas.ServedAddress + "?wsdl");

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(new[] { "disco.xsd", "liberty-utility.xsd", "wsa.xsd", "sbf.xsd", "sec.xsd" }, fetched.Distinct().ToArray());
        foreach (var operation in Operations)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation, Namespaces.Disco)], operation);
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation + "Response", Namespaces.Disco)], operation + "Response");
        }
    }

    [TestMethod]
    public void Wsdl_AsServed_PointsBothPortsAtTheFetchAddressAndServesEveryImport()
    {
        var document = DiscoveryWsdl.Create(SchemaRegistry.Default.GetSchemaText);

        var rendered = XDocument.Parse(document.Render(new Uri("https://disco.example.net:8443/disco"), "disco"));

        var addresses = rendered.Descendants().Where(e => e.Name == Soap11 + "address" || e.Name == Soap12 + "address").ToList();
        Assert.HasCount(2, addresses);
        Assert.IsTrue(addresses.All(a => (string?)a.Attribute("location") == "https://disco.example.net:8443/disco"));
        CollectionAssert.AreEquivalent(new[] { "disco/disco.xsd", "disco/liberty-utility.xsd" },
            rendered.Descendants(Xsd + "import").Select(i => (string?)i.Attribute("schemaLocation")).ToArray());
        foreach (var name in DiscoveryWsdl.OwnSchemas)
        {
            Assert.AreEqual(File.ReadAllText(DiscoSchemas.XsdPath(name)), DiscoveryWsdl.Schema(name), name);
        }
    }

    [TestMethod]
    public void DiscoXsd_EveryContractRootAndType_IsDeclared()
    {
        var types = typeof(DiscoOperations).Assembly.GetTypes().Where(t => t.Namespace == typeof(DiscoOperations).Namespace && t.GetCustomAttribute<XmlTypeAttribute>() is not null).ToList();
        Assert.IsGreaterThanOrEqualTo(24, types.Count);

        foreach (var type in types)
        {
            var xmlType = type.GetCustomAttribute<XmlTypeAttribute>()!;
            Assert.IsNotNull(DiscoSchemas.Set.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)], "complexType " + xmlType.TypeName);
            if (type.GetCustomAttribute<XmlRootAttribute>() is { } root)
            {
                var element = (XmlSchemaElement?)DiscoSchemas.Set.GlobalElements[new XmlQualifiedName(root.ElementName, root.Namespace)];
                Assert.AreEqual(xmlType.TypeName, element?.ElementSchemaType?.QualifiedName.Name, root.ElementName);
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void Serialize_PopulatedContract_ValidatesAgainstDiscoXsdAndReadsBack(string sample)
    {
        var instance = DiscoContractSamples.Create(sample);
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            MessageSerializer.Serialize(writer, instance);
        }

        var errors = Validate(text.ToString());

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors) + Environment.NewLine + text);
        var root = XElement.Parse(text.ToString());
        Assert.AreEqual(XName.Get(sample, Namespaces.Disco), root.Name);
        var (readBack, error) = MessageSerializer.Deserialize(root, instance.GetType());
        Assert.IsNull(error, error);
        Assert.AreEqual(root.ToString(), MessageSerializer.ToElement(readBack!).ToString(), "reads back to the same XML");
    }

    [TestMethod]
    public void DiscoXsd_EprWithoutAddressOrSecurityContextWithoutMechanism_IsInvalid()
    {
        var epr = MessageSerializer.ToElement(DiscoContractSamples.Create("QueryResponse"));
        var withoutAddress = new XElement(epr);
        withoutAddress.Descendants(XName.Get("Address", Namespaces.WsAddressing)).Remove();
        var withoutMechanism = new XElement(epr);
        withoutMechanism.Descendants(XName.Get("SecurityMechID", Namespaces.Disco)).Remove();

        Assert.IsNotEmpty(Validate(withoutAddress.ToString()));
        Assert.IsNotEmpty(Validate(withoutMechanism.ToString()));
    }

    public static IEnumerable<object[]> SampleNames => DiscoContractSamples.Names.Select(n => new object[] { n });

    private static XName Part(XName message)
    {
        var definition = Wsdl.Elements(Wsdl11 + "message").Single(m => (string?)m.Attribute("name") == message.LocalName);
        return ResolveQName(definition.Elements(Wsdl11 + "part").Single(), "element");
    }

    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var document = XDocument.Parse(xml);
        document.Validate(DiscoSchemas.Set, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
