using GupSoap.Contracts.Gup;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/rp.xsd declares what the Contracts/Rp types write and read, and imports only the schemas served beside it.</summary>
[TestClass]
public sealed class RpWsdlContractAgreementXsdTests
{
    private static readonly MessageValidator Messages = new(WsdlInterface.Rp);

    private static readonly XsdAssertions Xsd = new(WsdlInterface.Rp);

    [TestMethod]
    [DataRow("CreateComponent")]
    [DataRow("CreateComponent.Minimal")]
    [DataRow("CreateComponentResponse")]
    [DataRow("CreateComponentResponse.Failed")]
    [DataRow("DeleteComponent")]
    [DataRow("DeleteComponentResponse")]
    [DataRow("ModifyData")]
    [DataRow("ModifyDataResponse")]
    [DataRow("ListData")]
    [DataRow("ListData.Empty")]
    [DataRow("ListDataResponse")]
    [DataRow("ReadData")]
    [DataRow("ReadDataResponse")]
    [DataRow("DefineData")]
    [DataRow("DefineDataResponse")]
    [DataRow("SubscribeToData")]
    [DataRow("SubscribeToData.Minimal")]
    [DataRow("SubscribeToDataResponse")]
    [DataRow("SubscribeToDataResponse.Failed")]
    [DataRow("UnsubscribeToData")]
    [DataRow("UnsubscribeToDataResponse")]
    [DataRow("NotifyData")]
    [DataRow("NotifyData.Initial")]
    [DataRow("NotifyDataResponse")]
    public void Serialize_PopulatedContract_ValidatesAgainstRpXsd(string sample) => Messages.AssertSerializesValid(RpContractSamples.Create(sample));

    [TestMethod]
    public void RpXsd_EveryContractRootAndType_IsDeclared() => Xsd.AssertEveryContractRootAndTypeIsDeclared(minimumTypes: 19);

    [TestMethod]
    public void RpXsd_EveryContractMember_MatchesItsParticleOrAttribute() => Xsd.AssertEveryContractMemberMatchesItsParticleOrAttribute();

    [TestMethod]
    public void GupXsd_SubscriptionFilter_MatchesSubscriptionFilterType() => Xsd.AssertGupTypeMatches(typeof(SubscriptionFilter));

    [TestMethod]
    public void GupXsd_ValueContent_MatchesValueContentType() => Xsd.AssertGupTypeMatches(typeof(ValueContent));

    [TestMethod]
    public void RpXsd_ImportsOnlyServedSiblings() => Xsd.AssertImportsOnlyServedSiblings();

    [TestMethod]
    public void RpXsd_WithOnlyGupAndLibertyUtility_Compiles() => Xsd.AssertCompilesWithOnlyGupAndLibertyUtility();
}
