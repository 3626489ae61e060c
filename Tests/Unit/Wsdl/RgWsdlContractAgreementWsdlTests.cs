using System.Xml;
using GupSoap.Contracts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rg.wsdl declares the Rg operations document/literal over the elements of wsdl/rg.xsd, as served.</summary>
[TestClass]
public sealed class RgWsdlContractAgreementWsdlTests
{
    /// <summary>Rg operations of PROTOCOL.md that come later: neither the WSDL nor rg.xsd may declare them yet.</summary>
    private static readonly string[] LaterOperations = ["Subscribe", "Unsubscribe", "Notify"];

    private static readonly WsdlAssertions Wsdl = new(WsdlInterface.Rg);

    [TestMethod]
    public void Wsdl_PortType_HasTheFiveOperationsEachWithRgFault() => Wsdl.AssertPortTypeHasEveryOperationWithFault();

    [TestMethod]
    [DataRow("RgSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RgSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace) =>
        Wsdl.AssertBindingCoversEveryOperationWithItsSoapAction(bindingName, soapNamespace);

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInRgXsd() => Wsdl.AssertMessagePartsReferenceElementsDeclaredInXsd();

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddress() => Wsdl.AssertServiceHasBothPortsAtThePlaceholderAddress();

    [TestMethod]
    public void Wsdl_RenderedForAFetchAddress_PointsBothPortsThere() => Wsdl.AssertRenderedForAFetchAddressPointsBothPortsThere();

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations() => Wsdl.AssertTypesSchemaCompilesThroughTheServedRelativeLocations();

    [TestMethod]
    public void WsdlAndXsd_LaterOperations_AreNotDeclared()
    {
        var wsdl = WsdlStructure.Load(WsdlInterface.Rg);
        var operationNames = wsdl.Descendants(WsdlStructure.Wsdl11 + "operation").Select(o => (string?)o.Attribute("name")).ToHashSet();
        var partElements = wsdl.Descendants(WsdlStructure.Wsdl11 + "part").Select(p => WsdlStructure.ResolveQName(p, "element").LocalName).ToHashSet();

        foreach (var operation in LaterOperations)
        {
            Assert.DoesNotContain(operation, operationNames);
            Assert.DoesNotContain(operation, partElements);
            Assert.DoesNotContain(operation + "Response", partElements);
            Assert.IsNull(WsdlInterface.Rg.Schemas.GlobalElements[new XmlQualifiedName(operation, Namespaces.Rg)], operation);
            Assert.IsNull(WsdlInterface.Rg.Schemas.GlobalElements[new XmlQualifiedName(operation + "Response", Namespaces.Rg)], operation);
        }
    }
}
