namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rp.wsdl declares the Rp operations document/literal over the elements of wsdl/rp.xsd, as served.</summary>
[TestClass]
public sealed class RpWsdlContractAgreementWsdlTests
{
    private static readonly WsdlAssertions Wsdl = new(WsdlInterface.Rp);

    [TestMethod]
    public void Wsdl_PortType_HasTheNineOperationsEachWithRpFault()
    {
        CollectionAssert.AreEquivalent(
            new[] { "CreateComponent", "DeleteComponent", "ModifyData", "ListData", "ReadData", "DefineData", "SubscribeToData", "UnsubscribeToData", "NotifyData" },
            WsdlInterface.Rp.Operations.ToArray());

        Wsdl.AssertPortTypeHasEveryOperationWithFault();
    }

    [TestMethod]
    [DataRow("RpSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RpSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace) =>
        Wsdl.AssertBindingCoversEveryOperationWithItsSoapAction(bindingName, soapNamespace);

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInRpXsd() => Wsdl.AssertMessagePartsReferenceElementsDeclaredInXsd();

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddress() => Wsdl.AssertServiceHasBothPortsAtThePlaceholderAddress();

    [TestMethod]
    public void Wsdl_RenderedForAFetchAddress_PointsBothPortsThere() => Wsdl.AssertRenderedForAFetchAddressPointsBothPortsThere();

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations() => Wsdl.AssertTypesSchemaCompilesThroughTheServedRelativeLocations();
}
