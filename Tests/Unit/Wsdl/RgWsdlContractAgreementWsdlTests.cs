namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rg.wsdl declares the Rg operations document/literal over the elements of wsdl/rg.xsd, as served.</summary>
[TestClass]
public sealed class RgWsdlContractAgreementWsdlTests
{
    private static readonly WsdlAssertions Wsdl = new(WsdlInterface.Rg);

    [TestMethod]
    public void Wsdl_PortType_HasTheEightOperationsEachWithRgFault()
    {
        CollectionAssert.AreEquivalent(
            new[] { "Create", "Delete", "Modify", "List", "Query", "Subscribe", "Unsubscribe", "Notify" },
            WsdlInterface.Rg.Operations.ToArray());

        Wsdl.AssertPortTypeHasEveryOperationWithFault();
    }

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
}
