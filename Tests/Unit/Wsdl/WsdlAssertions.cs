using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Wsdl.WsdlStructure;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Checks that an interface WSDL declares the contract's operations, document/literal, with the schemas it is served with.</summary>
internal sealed class WsdlAssertions(WsdlInterface contract)
{
    public static readonly XNamespace Wsam = "http://www.w3.org/2007/05/addressing/metadata";
    private const string FaultAction = "http://www.w3.org/2005/08/addressing/soap/fault";
    private static readonly XNamespace Xsd = XmlSchema.Namespace;

    /// <summary>
    /// <c>{Name}PortType</c> has every operation the service ports offer and <c>{Name}CallbackPortType</c> the ones the
    /// server sends to a subscriber; each operation has its <c>{Name}Fault</c> carrying lu:Status.
    /// </summary>
    public void AssertPortTypesSplitServiceAndCallbackOperationsWithFault()
    {
        var wsdl = Load(contract);
        var portTypes = wsdl.Elements(Wsdl11 + "portType").ToDictionary(p => (string)p.Attribute("name")!);

        CollectionAssert.AreEquivalent(new[] { contract.Name + "PortType", contract.Name + "CallbackPortType" }, portTypes.Keys.ToArray());
        CollectionAssert.AreEquivalent(contract.ServiceOperations.ToArray(), OperationNames(portTypes[contract.Name + "PortType"]));
        CollectionAssert.AreEquivalent(contract.CallbackOperations.ToArray(), OperationNames(portTypes[contract.Name + "CallbackPortType"]));
        foreach (var operation in portTypes.Values.SelectMany(p => p.Elements(Wsdl11 + "operation")))
        {
            var fault = operation.Element(Wsdl11 + "fault");
            Assert.IsNotNull(fault);
            Assert.AreEqual(contract.Name + "Fault", (string?)fault.Attribute("name"));
            var part = MessagePart(contract, wsdl, ResolveQName(fault, "message"));
            Assert.AreEqual(XName.Get("Status", Namespaces.LibertyUtility), part);
        }
    }

    /// <summary>
    /// Every operation of every portType declares wsam:Action (WS-Addressing 1.0 Metadata §4.4): the SOAPAction on the
    /// input, the SOAPAction + "Response" on the output (what the server writes as wsa:Action), the SOAP fault action on the fault.
    /// </summary>
    public void AssertEveryOperationDeclaresItsWsamAction()
    {
        var operations = Load(contract).Elements(Wsdl11 + "portType").Elements(Wsdl11 + "operation").ToList();

        Assert.HasCount(contract.Operations.Count, operations);
        foreach (var operation in operations)
        {
            var name = (string)operation.Attribute("name")!;
            Assert.AreEqual(contract.Action(name), (string?)operation.Element(Wsdl11 + "input")?.Attribute(Wsam + "Action"), name);
            Assert.AreEqual(contract.Action(name) + "Response", (string?)operation.Element(Wsdl11 + "output")?.Attribute(Wsam + "Action"), name);
            Assert.AreEqual(FaultAction, (string?)operation.Element(Wsdl11 + "fault")?.Attribute(Wsam + "Action"), name);
        }
    }

    /// <summary>
    /// The binding is document/literal over HTTP for its portType (the callback one for a <c>{Name}Callback…</c>
    /// binding), each operation with its SOAPAction and no declared headers.
    /// </summary>
    public void AssertBindingCoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace)
    {
        XNamespace soap = soapNamespace;
        var wsdl = Load(contract);
        var binding = wsdl.Elements(Wsdl11 + "binding").Single(b => (string?)b.Attribute("name") == bindingName);
        var callback = bindingName.StartsWith(contract.Name + "Callback", StringComparison.Ordinal);

        Assert.AreEqual(XName.Get(contract.Name + (callback ? "CallbackPortType" : "PortType"), contract.Namespace), ResolveQName(binding, "type"));
        var soapBinding = binding.Element(soap + "binding");
        Assert.IsNotNull(soapBinding);
        Assert.AreEqual("document", (string?)soapBinding.Attribute("style"));
        Assert.AreEqual("http://schemas.xmlsoap.org/soap/http", (string?)soapBinding.Attribute("transport"));
        CollectionAssert.AreEquivalent((callback ? contract.CallbackOperations : contract.ServiceOperations).ToArray(), OperationNames(binding));
        foreach (var operation in binding.Elements(Wsdl11 + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var soapOperation = operation.Element(soap + "operation");
            Assert.IsNotNull(soapOperation, name);
            Assert.AreEqual(contract.Action(name), (string?)soapOperation.Attribute("soapAction"));
            Assert.AreEqual(contract.ActionPrefix + name, (string?)soapOperation.Attribute("soapAction"));
            Assert.AreEqual("document", (string?)soapOperation.Attribute("style"));
            if (soap == Soap12)
            {
                Assert.AreEqual("false", (string?)soapOperation.Attribute("soapActionRequired"));
            }

            Assert.AreEqual("literal", (string?)operation.Element(Wsdl11 + "input")?.Element(soap + "body")?.Attribute("use"));
            Assert.AreEqual("literal", (string?)operation.Element(Wsdl11 + "output")?.Element(soap + "body")?.Attribute("use"));
            var fault = operation.Element(Wsdl11 + "fault")?.Element(soap + "fault");
            Assert.AreEqual(contract.Name + "Fault", (string?)fault?.Attribute("name"));
            Assert.AreEqual("literal", (string?)fault?.Attribute("use"));
            Assert.IsEmpty(operation.Descendants(soap + "header"), "SOAP headers are not declared in the WSDL");
        }
    }

    /// <summary>Input and output of each operation are the elements Operation and OperationResponse, declared in the XSD, as is lu:Status.</summary>
    public void AssertMessagePartsReferenceElementsDeclaredInXsd()
    {
        var wsdl = Load(contract);

        foreach (var operation in wsdl.Elements(Wsdl11 + "portType").Elements(Wsdl11 + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var input = MessagePart(contract, wsdl, ResolveQName(operation.Element(Wsdl11 + "input")!, "message"));
            var output = MessagePart(contract, wsdl, ResolveQName(operation.Element(Wsdl11 + "output")!, "message"));

            Assert.AreEqual(XName.Get(name, contract.Namespace), input);
            Assert.AreEqual(XName.Get(name + "Response", contract.Namespace), output);
            foreach (var element in new[] { input, output })
            {
                Assert.IsNotNull(contract.Schemas.GlobalElements[new XmlQualifiedName(element.LocalName, element.NamespaceName)], element.ToString());
            }
        }

        Assert.IsNotNull(contract.Schemas.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }

    /// <summary>
    /// <c>{Name}Service</c> has a SOAP 1.1 and a SOAP 1.2 port, each on its service binding at the placeholder address;
    /// no port binds the callback bindings, so clients offer no callback operation as callable.
    /// </summary>
    public void AssertServiceHasBothPortsAtThePlaceholderAddress()
    {
        var wsdl = Load(contract);
        var service = wsdl.Elements(Wsdl11 + "service").Single();
        var name = contract.Name;

        Assert.AreEqual(name + "Service", (string?)service.Attribute("name"));
        var ports = service.Elements(Wsdl11 + "port").ToDictionary(p => (string)p.Attribute("name")!);
        Assert.HasCount(2, ports);
        Assert.AreEqual(XName.Get(name + "Soap11Binding", contract.Namespace), ResolveQName(ports[name + "Soap11Port"], "binding"));
        Assert.AreEqual(XName.Get(name + "Soap12Binding", contract.Namespace), ResolveQName(ports[name + "Soap12Port"], "binding"));
        Assert.AreEqual(contract.PlaceholderAddress, (string?)ports[name + "Soap11Port"].Element(Soap11 + "address")?.Attribute("location"));
        Assert.AreEqual(contract.PlaceholderAddress, (string?)ports[name + "Soap12Port"].Element(Soap12 + "address")?.Attribute("location"));
    }

    /// <summary>Rendered for an advertised address, both port addresses are that address and the imports lie beside it.</summary>
    public void AssertRenderedForAnAdvertisedAddressPointsBothPortsThere()
    {
        var document = new WsdlDocument(File.ReadAllText(contract.WsdlPath), SchemaRegistry.Default.GetSchemaText);
        var advertised = new Uri("https://gup.example.net:8443" + contract.ServedAddress.AbsolutePath);

        var rendered = XDocument.Parse(document.Render(advertised, contract.ServedName));

        var addresses = rendered.Descendants().Where(e => e.Name == Soap11 + "address" || e.Name == Soap12 + "address").ToList();
        Assert.HasCount(2, addresses);
        Assert.IsTrue(addresses.All(a => (string?)a.Attribute("location") == advertised.AbsoluteUri));
        var locations = rendered.Descendants(Xsd + "import").Select(i => (string?)i.Attribute("schemaLocation")).ToArray();
        CollectionAssert.AreEquivalent(new[] { contract.ServedName + "/" + contract.XsdName, contract.ServedName + "/liberty-utility.xsd" }, locations);
    }

    /// <summary>
    /// The inline types schema, as served, compiles when resolved the way a client that fetched the WSDL does: relative
    /// to its address, path-style, fetching the interface XSD, gup.xsd, liberty-utility.xsd and the component schemas
    /// the interface XSD imports, so that every component type is a known element.
    /// </summary>
    public void AssertTypesSchemaCompilesThroughTheServedRelativeLocations(params string[] alsoFetched)
    {
        var served = XDocument.Parse(contract.ServedDocument.Render(contract.ServedAddress, contract.ServedName)).Root!;
        var inline = served.Element(Wsdl11 + "types")!.Element(Xsd + "schema")!;
        var resolver = new ServedSchemaResolver(contract, asServed: true);

        var (set, messages) = SchemaCompilation.CompileServed(inline.ToString(), contract.WsdlAddress, resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(new[] { contract.XsdName, "liberty-utility.xsd" }.Concat(alsoFetched).ToArray(), resolver.FetchedNames);
        Assert.IsTrue(resolver.Fetched.All(u => u.AbsolutePath.StartsWith(contract.ServedAddress.AbsolutePath + "/", StringComparison.Ordinal) && u.Query.Length == 0 && u.Host == "localhost"));
        foreach (var operation in contract.Operations)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation, contract.Namespace)]);
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation + "Response", contract.Namespace)]);
        }

        Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }

    /// <summary>The served interface XSD imports every component schema of the registry, so every component type is a global element there.</summary>
    public void AssertServedXsdDeclaresEveryComponentType()
    {
        var resolver = new ServedSchemaResolver(contract, asServed: true);
        var (set, messages) = SchemaCompilation.CompileServed(contract.ServedDocument.Schema(contract.XsdName)!, contract.ServedAddress + "/" + contract.XsdName, resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(
            new[] { "gup.xsd", "liberty-utility.xsd" }.Concat(SchemaRegistry.Default.ComponentSchemas.Select(c => c.File)).Distinct().ToArray(), resolver.FetchedNames);
        foreach (var type in SchemaRegistry.Default.ComponentTypes)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(type.LocalName, type.NamespaceName)], type.ToString());
        }
    }

    private static string?[] OperationNames(XElement parent) => parent.Elements(Wsdl11 + "operation").Select(o => (string?)o.Attribute("name")).ToArray();
}
