namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/Rp.wsdl declares the Rp operations document/literal over the elements of wsdl/rp.xsd, as served.</summary>
[TestClass]
public sealed class RpWsdlContractAgreementWsdlTests
{
    private static readonly WsdlAssertions Wsdl = new(WsdlInterface.Rp);

    [TestMethod]
    public void Wsdl_PortTypes_HaveTheNineOperationsEachWithRpFault_NotifyDataOnTheCallbackPortType()
    {
        CollectionAssert.AreEquivalent(
            new[] { "CreateComponent", "DeleteComponent", "ModifyData", "ListData", "ReadData", "DefineData", "SubscribeToData", "UnsubscribeToData", "NotifyData" },
            WsdlInterface.Rp.Operations.ToArray());
        CollectionAssert.AreEqual(new[] { "NotifyData" }, WsdlInterface.Rp.CallbackOperations.ToArray());

        Wsdl.AssertPortTypesSplitServiceAndCallbackOperationsWithFault();
    }

    [TestMethod]
    public void Wsdl_EveryOperation_DeclaresItsWsamAction() => Wsdl.AssertEveryOperationDeclaresItsWsamAction();

    [TestMethod]
    [DataRow("RpSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RpSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    [DataRow("RpCallbackSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("RpCallbackSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace) =>
        Wsdl.AssertBindingCoversEveryOperationWithItsSoapAction(bindingName, soapNamespace);

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInRpXsd() => Wsdl.AssertMessagePartsReferenceElementsDeclaredInXsd();

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddressAndNoCallbackPort() => Wsdl.AssertServiceHasBothPortsAtThePlaceholderAddress();

    [TestMethod]
    public void Wsdl_RenderedForAnAdvertisedAddress_PointsBothPortsThere() => Wsdl.AssertRenderedForAnAdvertisedAddressPointsBothPortsThere();

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations() => Wsdl.AssertTypesSchemaCompilesThroughTheServedRelativeLocations("gup.xsd", "subscriber.xsd", "presence.xsd", "lcs.xsd", "mcptt-user-profile.xsd");

    [TestMethod]
    public void RpXsd_AsServed_DeclaresEveryComponentType() => Wsdl.AssertServedXsdDeclaresEveryComponentType();

    [TestMethod]
    public void Wsdl_ForTheCallbackReceiver_BindsRpServiceToTheCallbackBindings()
    {
        var rendered = System.Xml.Linq.XDocument.Parse(GupSoap.Raf.Endpoints.RpWsdl.CallbackReceiver.Render(new Uri("http://127.0.0.1:8080/gup/notify"), "notify")).Root!;

        var ports = rendered.Element(WsdlStructure.Wsdl11 + "service")!.Elements(WsdlStructure.Wsdl11 + "port").ToList();
        CollectionAssert.AreEquivalent(new[] { "RpCallbackSoap11Port", "RpCallbackSoap12Port" }, ports.Select(p => (string?)p.Attribute("name")).ToArray());
        CollectionAssert.AreEquivalent(new[] { "rp:RpCallbackSoap11Binding", "rp:RpCallbackSoap12Binding" }, ports.Select(p => (string?)p.Attribute("binding")).ToArray());
    }
}
