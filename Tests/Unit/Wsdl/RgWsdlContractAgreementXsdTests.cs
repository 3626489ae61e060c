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
    public void Serialize_PopulatedContract_ValidatesAgainstRgXsd(string sample) => Messages.AssertSerializesValid(RgContractSamples.Create(sample));

    [TestMethod]
    public void RgXsd_EveryContractRootAndType_IsDeclared() => Xsd.AssertEveryContractRootAndTypeIsDeclared(minimumTypes: 18);

    [TestMethod]
    public void RgXsd_EveryContractMember_MatchesItsParticleOrAttribute() => Xsd.AssertEveryContractMemberMatchesItsParticleOrAttribute();

    [TestMethod]
    public void RgXsd_ImportsOnlyServedSiblings() => Xsd.AssertImportsOnlyServedSiblings();

    [TestMethod]
    public void RgXsd_WithOnlyGupAndLibertyUtility_Compiles() => Xsd.AssertCompilesWithOnlyGupAndLibertyUtility();
}
