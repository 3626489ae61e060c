namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rg.wsdl declares the Rg operations document/literal over the elements of wsdl/rg.xsd, as served.</summary>
[TestClass]
public sealed class RgWsdlContractAgreementWsdlTests
{
    private static readonly WsdlAssertions Wsdl = new(WsdlInterface.Rg);

    [TestMethod]
    public void Wsdl_PortTypes_HaveTheEightOperationsEachWithRgFault_NotifyOnTheCallbackPortType()
    {
        CollectionAssert.AreEquivalent(
            new[] { "Create", "Delete", "Modify", "List", "Query", "Subscribe", "Unsubscribe", "Notify" },
            WsdlInterface.Rg.Operations.ToArray());
        CollectionAssert.AreEqual(new[] { "Notify" }, WsdlInterface.Rg.CallbackOperations.ToArray());

        Wsdl.AssertPortTypesSplitServiceAndCallbackOperationsWithFault();
    }

    [TestMethod]
    public void Wsdl_EveryOperation_DeclaresItsWsamAction() => Wsdl.AssertEveryOperationDeclaresItsWsamAction();

    [TestMethod]
    [DataRow("RgSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RgSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    [DataRow("RgCallbackSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RgCallbackSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace) =>
        Wsdl.AssertBindingCoversEveryOperationWithItsSoapAction(bindingName, soapNamespace);

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInRgXsd() => Wsdl.AssertMessagePartsReferenceElementsDeclaredInXsd();

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddressAndNoCallbackPort() => Wsdl.AssertServiceHasBothPortsAtThePlaceholderAddress();

    [TestMethod]
    public void Wsdl_RenderedForAnAdvertisedAddress_PointsBothPortsThere() => Wsdl.AssertRenderedForAnAdvertisedAddressPointsBothPortsThere();

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations() => Wsdl.AssertTypesSchemaCompilesThroughTheServedRelativeLocations("gup.xsd", "subscriber.xsd", "presence.xsd", "lcs.xsd", "mcptt-user-profile.xsd");

    [TestMethod]
    public void RgXsd_AsServed_DeclaresEveryComponentType() => Wsdl.AssertServedXsdDeclaresEveryComponentType();
}
