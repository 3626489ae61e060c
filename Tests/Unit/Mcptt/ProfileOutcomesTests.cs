using GupSoap.Server.Mcptt;

namespace GupSoap.Tests.Unit.Mcptt;

/// <summary>The GetUserProfile decision table: desired version first, then the device's version against the server's.</summary>
[TestClass]
public sealed class ProfileOutcomesTests
{
    [TestMethod]
    [DataRow(3L, null, null, ProfileOutcome.Profile)]
    [DataRow(3L, 1L, null, ProfileOutcome.Profile)]
    [DataRow(3L, 0L, null, ProfileOutcome.Profile)]
    [DataRow(3L, 3L, null, ProfileOutcome.Synchronized)]
    [DataRow(3L, 4L, null, ProfileOutcome.UploadRequested)]
    [DataRow(3L, 3L, 3L, ProfileOutcome.Synchronized)]
    [DataRow(3L, null, 3L, ProfileOutcome.Profile)]
    [DataRow(3L, null, 4L, ProfileOutcome.VersionNeverExisted)]
    [DataRow(3L, 5L, 5L, ProfileOutcome.VersionNeverExisted)]
    [DataRow(3L, null, 2L, ProfileOutcome.VersionNotKept)]
    [DataRow(3L, 3L, 1L, ProfileOutcome.VersionNotKept)]
    public void Decide_Versions_GiveTheOutcomeOfTheTable(long server, long? held, long? desired, ProfileOutcome expected)
    {
        Assert.AreEqual(expected, ProfileOutcomes.Decide(server, held, desired));
    }
}
