using System.Xml;
using System.Xml.Schema;
using GupSoap.Contracts;
using static GupSoap.Tests.Unit.Wsdl.WsdlStructure;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/McpttCm.wsdl declares the CM operations document/literal over the elements of wsdl/cm.xsd, as served.</summary>
[TestClass]
public sealed class CmWsdlContractAgreementWsdlTests
{
    private static readonly System.Xml.Linq.XNamespace XsdNs = XmlSchema.Namespace;

    private static readonly WsdlAssertions Wsdl = new(WsdlInterface.Cm);

    [TestMethod]
    public void Wsdl_PortTypes_HaveTheSixOperationsEachWithMcpttCmFault_ProfileUpdateNotificationOnTheCallbackPortType()
    {
        CollectionAssert.AreEquivalent(
            new[] { "GetUserProfile", "UploadUserProfile", "ListUserProfiles", "SubscribeProfileUpdates", "UnsubscribeProfileUpdates", "ProfileUpdateNotification" },
            WsdlInterface.Cm.Operations.ToArray());
        CollectionAssert.AreEqual(new[] { "ProfileUpdateNotification" }, WsdlInterface.Cm.CallbackOperations.ToArray());

        Wsdl.AssertPortTypesSplitServiceAndCallbackOperationsWithFault();
    }

    [TestMethod]
    public void Wsdl_EveryOperation_DeclaresItsWsamAction() => Wsdl.AssertEveryOperationDeclaresItsWsamAction();

    [TestMethod]
    [DataRow("McpttCmSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("McpttCmSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    [DataRow("McpttCmCallbackSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("McpttCmCallbackSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace) =>
        Wsdl.AssertBindingCoversEveryOperationWithItsSoapAction(bindingName, soapNamespace);

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInCmXsd() => Wsdl.AssertMessagePartsReferenceElementsDeclaredInXsd();

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddressAndNoCallbackPort() => Wsdl.AssertServiceHasBothPortsAtThePlaceholderAddress();

    [TestMethod]
    public void Wsdl_RenderedForAnAdvertisedAddress_PointsBothPortsThere() => Wsdl.AssertRenderedForAnAdvertisedAddressPointsBothPortsThere();

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations() => Wsdl.AssertTypesSchemaCompilesThroughTheServedRelativeLocations("mcptt-user-profile.xsd");

    [TestMethod]
    public void Wsdl_EmbeddedInTheServer_IsTheFileInWsdlFolder()
    {
        var served = Server.Mcptt.McpttCmWsdl.Document.Render(new Uri("http://localhost/mcptt/cm"), "cm");

        Assert.Contains("McpttCmService", served);
        Assert.Contains("urn:3gpp:mcptt:cm:1.0:GetUserProfile", served);
    }
}
