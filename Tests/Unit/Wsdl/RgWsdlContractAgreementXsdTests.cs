using GupSoap.Contracts.Gup;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/rg.xsd declares what the Contracts/Rg types write and read, and imports only the schemas served beside it.</summary>
[TestClass]
public sealed class RgWsdlContractAgreementXsdTests
{
    private static readonly MessageValidator Messages = new(WsdlInterface.Rg);

    private static readonly XsdAssertions Xsd = new(WsdlInterface.Rg);

    [TestMethod]
    [DataRow("Create")]
    [DataRow("Create.Minimal")]
    [DataRow("CreateResponse")]
    [DataRow("CreateResponse.Failed")]
    [DataRow("Delete")]
    [DataRow("Delete.WholeProfile")]
    [DataRow("DeleteResponse")]
    [DataRow("Modify")]
    [DataRow("ModifyResponse")]
    [DataRow("List")]
    [DataRow("List.Empty")]
    [DataRow("ListResponse")]
    [DataRow("ListResponse.MorePages")]
    [DataRow("Query")]
    [DataRow("QueryResponse")]
    [DataRow("Subscribe")]
    [DataRow("Subscribe.Minimal")]
    [DataRow("Subscribe.FilterWithoutExpiry")]
    [DataRow("SubscribeResponse")]
    [DataRow("SubscribeResponse.Failed")]
    [DataRow("Unsubscribe")]
    [DataRow("UnsubscribeResponse")]
    [DataRow("Notify")]
    [DataRow("NotifyResponse")]
    public void Serialize_PopulatedContract_ValidatesAgainstRgXsd(string sample) => Messages.AssertSerializesValid(RgContractSamples.Create(sample));

    [TestMethod]
    public void RgXsd_EveryContractRootAndType_IsDeclared() => Xsd.AssertEveryContractRootAndTypeIsDeclared(minimumTypes: 25);

    [TestMethod]
    public void RgXsd_EveryContractMember_MatchesItsParticleOrAttribute() => Xsd.AssertEveryContractMemberMatchesItsParticleOrAttribute();

    [TestMethod]
    public void GupXsd_SubscriptionFilter_MatchesSubscriptionFilterType() => Xsd.AssertGupTypeMatches(typeof(SubscriptionFilter));

    [TestMethod]
    public void GupXsd_ValueContent_MatchesValueContentType() => Xsd.AssertGupTypeMatches(typeof(ValueContent));

    [TestMethod]
    public void RgXsd_ImportsOnlyServedSiblings() => Xsd.AssertImportsOnlyServedSiblings();

    [TestMethod]
    public void RgXsd_WithOnlyGupAndLibertyUtility_Compiles() => Xsd.AssertCompilesWithOnlyGupAndLibertyUtility();
}
