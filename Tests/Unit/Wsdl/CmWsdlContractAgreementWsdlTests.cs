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
    public void Wsdl_PortType_HasTheSixOperationsEachWithMcpttCmFault()
    {
        CollectionAssert.AreEquivalent(
            new[] { "GetUserProfile", "UploadUserProfile", "ListUserProfiles", "SubscribeProfileUpdates", "UnsubscribeProfileUpdates", "ProfileUpdateNotification" },
            WsdlInterface.Cm.Operations.ToArray());

        Wsdl.AssertPortTypeHasEveryOperationWithFault();
    }

    [TestMethod]
    [DataRow("McpttCmSoap11Binding", "http://schemas.xmlsoap.org/wsdl/soap/")]
    [DataRow("McpttCmSoap12Binding", "http://schemas.xmlsoap.org/wsdl/soap12/")]
    public void Wsdl_Binding_CoversEveryOperationWithItsSoapAction(string bindingName, string soapNamespace) =>
        Wsdl.AssertBindingCoversEveryOperationWithItsSoapAction(bindingName, soapNamespace);

    [TestMethod]
    public void Wsdl_MessageParts_ReferenceElementsDeclaredInCmXsd() => Wsdl.AssertMessagePartsReferenceElementsDeclaredInXsd();

    [TestMethod]
    public void Wsdl_Service_HasBothPortsAtThePlaceholderAddress() => Wsdl.AssertServiceHasBothPortsAtThePlaceholderAddress();

    [TestMethod]
    public void Wsdl_RenderedForAFetchAddress_PointsBothPortsThere() => Wsdl.AssertRenderedForAFetchAddressPointsBothPortsThere();

    [TestMethod]
    public void Wsdl_TypesSchema_CompilesThroughTheServedRelativeLocations()
    {
        var contract = WsdlInterface.Cm;
        var inline = Load(contract).Element(Wsdl11 + "types")!.Element(XsdNs + "schema")!;
        var resolver = new ServedSchemaResolver(contract);

        var (set, messages) = SchemaCompilation.CompileServed(inline.ToString(), contract.WsdlAddress, resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        CollectionAssert.AreEquivalent(new[] { "cm.xsd", "liberty-utility.xsd", "mcptt-user-profile.xsd" }, resolver.FetchedNames);
        Assert.IsTrue(resolver.Fetched.All(u => u.AbsolutePath == "/mcptt/cm" && u.Host == "localhost"));
        foreach (var operation in contract.Operations)
        {
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation, Namespaces.McpttCm)]);
            Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName(operation + "Response", Namespaces.McpttCm)]);
        }

        Assert.IsNotNull(set.GlobalElements[new XmlQualifiedName("mcptt-user-profile", Namespaces.McpttUserProfile)]);
    }

    [TestMethod]
    public void Wsdl_EmbeddedInTheServer_IsTheFileInWsdlFolder()
    {
        var served = Server.Mcptt.McpttCmWsdl.Document.Render(new Microsoft.AspNetCore.Http.DefaultHttpContext().Request);

        Assert.Contains("McpttCmService", served);
        Assert.Contains("urn:3gpp:mcptt:cm:1.0:GetUserProfile", served);
    }
}
