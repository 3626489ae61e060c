using GupSoap.Server.Mcptt;

namespace GupSoap.Tests.Unit.Mcptt;

/// <summary>The CM request fields: version words, profile and device ids, the MCPTT ID as resource identity.</summary>
[TestClass]
public sealed class CmRequestGuardTests
{
    [TestMethod]
    [DataRow(null, null)]
    [DataRow("None", null)]
    [DataRow(" None ", null)]
    [DataRow("0", 0L)]
    [DataRow("12", 12L)]
    public void UeVersion_AcceptedText_GivesTheVersionHeld(string? text, long? expected)
    {
        var (version, failure) = CmRequestGuard.UeVersion(text);

        Assert.IsNull(failure);
        Assert.AreEqual(expected, version);
    }

    [TestMethod]
    [DataRow("none")]
    [DataRow("-1")]
    [DataRow("latest")]
    [DataRow("1e3")]
    public void UeVersion_OtherText_IsInvalidParameter(string text)
    {
        Assert.AreEqual("InvalidParameter", CmRequestGuard.UeVersion(text).Failure?.ErrorType);
    }

    [TestMethod]
    public void DesiredVersion_LatestOrAbsent_IsNullAndNumberIsKept()
    {
        Assert.IsNull(CmRequestGuard.DesiredVersion(null).Version);
        Assert.IsNull(CmRequestGuard.DesiredVersion("latest").Version);
        Assert.AreEqual(4L, CmRequestGuard.DesiredVersion("4").Version);
        Assert.IsNotNull(CmRequestGuard.DesiredVersion("None").Failure);
    }

    [TestMethod]
    [DataRow("1")]
    [DataRow("mutual-aid.v2")]
    [DataRow("a:b~c_d")]
    public void ProfileId_SafeLiteral_IsAccepted(string profileId) => Assert.IsNull(CmRequestGuard.ProfileId(profileId));

    [TestMethod]
    [DataRow("")]
    [DataRow("x'y")]
    [DataRow("two words")]
    [DataRow("a]b")]
    public void ProfileId_QuoteSpaceOrBracket_IsInvalidParameter(string profileId) =>
        Assert.AreEqual("InvalidParameter", CmRequestGuard.ProfileId(profileId)?.ErrorType);

    [TestMethod]
    public void DeviceId_ControlCharacterOrTooLong_IsInvalidParameter()
    {
        Assert.IsNull(CmRequestGuard.DeviceId(null));
        Assert.IsNull(CmRequestGuard.DeviceId("handset-1"));
        Assert.IsNotNull(CmRequestGuard.DeviceId("a\nb"));
        Assert.IsNotNull(CmRequestGuard.DeviceId(new string('d', 129)));
    }

    [TestMethod]
    public void Resource_SipUri_IsASipResourceAndGarbageIsInvalidResourceId()
    {
        var (resource, failure) = CmRequestGuard.Resource("sip:alice@example.org");
        Assert.IsNull(failure);
        Assert.AreEqual("sip", resource!.Type);
        Assert.AreEqual("sip:alice@example.org", resource.Value);

        Assert.AreEqual("InvalidResourceID", CmRequestGuard.Resource("two words").Failure?.Detail);
        Assert.AreEqual("InvalidResourceID", CmRequestGuard.Resource(null).Failure?.Detail);
    }
}
