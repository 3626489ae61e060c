using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Wsdl.WsdlStructure;
using DefaultHttpContext = Microsoft.AspNetCore.Http.DefaultHttpContext;
using HostString = Microsoft.AspNetCore.Http.HostString;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Checks that an interface WSDL declares the contract's operations, document/literal, with the schemas it is served with.</summary>
internal sealed class WsdlAssertions(WsdlInterface contract)
{
    private static readonly XNamespace Xsd = XmlSchema.Namespace;

    /// <summary>One portType, <c>{Name}PortType</c>, with every operation and each operation's <c>{Name}Fault</c> carrying lu:Status.</summary>
    public void AssertPortTypeHasEveryOperationWithFault()
    {
        var wsdl = Load(contract);
        var portType = wsdl.Elements(Wsdl11 + "portType").Single();

        Assert.AreEqual(contract.Name + "PortType", (string?)portType.Attribute("name"));
        CollectionAssert.AreEquivalent(contract.Operations.ToArray(), portType.Elements(Wsdl11 + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
        foreach (var operation in portType.Elements(Wsdl11 + "operation"))
        {
            var fault = operation.Element(Wsdl11 + "fault");
            Assert.IsNotNull(fault);
            Assert.AreEqual(contract.Name + "Fault", (string?)fault.Attribute("name"));
            var part = MessagePart(contract, wsdl, ResolveQName(fault, "message"));
            Assert.AreEqual(XName.Get("Status", Namespaces.LibertyUtility), part);
        }
    }

    /// <summary>The binding is document/literal over HTTP for the portType, each operation with its SOAPAction and no declared headers.</summary>
    public void AssertBindingCoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace)
    {
        XNamespace soap = soapNamespace;
        var wsdl = Load(contract);
        var binding = wsdl.Elements(Wsdl11 + "binding").Single(b => (string?)b.Attribute("name") == bindingName);

        Assert.AreEqual(XName.Get(contract.Name + "PortType", contract.Namespace), ResolveQName(binding, "type"));
        var soapBinding = binding.Element(soap + "binding");
        Assert.IsNotNull(soapBinding);
        Assert.AreEqual("document", (string?)soapBinding.Attribute("style"));
        Assert.AreEqual("http://schemas.xmlsoap.org/soap/http", (string?)soapBinding.Attribute("transport"));
        CollectionAssert.AreEquivalent(contract.Operations.ToArray(), binding.Elements(Wsdl11 + "operation").Select(o => (string?)o.Attribute("name")).ToArray());
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
        var portType = wsdl.Elements(Wsdl11 + "portType").Single();

        foreach (var operation in portType.Elements(Wsdl11 + "operation"))
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

    /// <summary><c>{Name}Service</c> has a SOAP 1.1 and a SOAP 1.2 port, each on its binding at the placeholder address.</summary>
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

    /// <summary>Served by <see cref="WsdlDocument"/> for an https request on the served path, both port addresses are that request's URL.</summary>
    public void AssertRenderedForAFetchAddressPointsBothPortsThere()
    {
        var document = new WsdlDocument(File.ReadAllText(contract.WsdlPath), SchemaRegistry.Default.GetSchemaText);
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("gup.example.net", 8443);
        http.Request.Path = contract.ServedAddress.AbsolutePath;

        var rendered = XDocument.Parse(document.Render(http.Request));

        var addresses = rendered.Descendants().Where(e => e.Name == Soap11 + "address" || e.Name == Soap12 + "address").ToList();
        Assert.HasCount(2, addresses);
        Assert.IsTrue(addresses.All(a => (string?)a.Attribute("location") == "https://gup.example.net:8443" + contract.ServedAddress.AbsolutePath));
    }

    /// <summary>
    /// The inline types schema compiles when resolved the way a client that fetched the WSDL at its served address does:
    /// relative to that address, fetching only the interface XSD, gup.xsd and liberty-utility.xsd from it.
    /// </summary>
    public void AssertTypesSchemaCompilesThroughTheServedRelativeLocations()
    {
        var wsdl = Load(contract);
        var inline = wsdl.Element(Wsdl11 + "types")!.Element(Xsd + "schema")!;
        var resolver = new ServedSchemaResolver(contract);

        var (set, messages) = SchemaCompilation.CompileServed(inline.ToString(), contract.WsdlAddress, resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(new[] { contract.XsdName, "gup.xsd", "liberty-utility.xsd" }, resolver.FetchedNames);
        Assert.IsTrue(resolver.Fetched.All(u => u.AbsolutePath == contract.ServedAddress.AbsolutePath && u.Host == "localhost"));
        foreach (var operation in contract.Operations)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation, contract.Namespace)]);
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation + "Response", contract.Namespace)]);
        }

        Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
    }
}
