using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Server.Mcptt;

namespace GupSoap.Tests.Unit.Mcptt;

/// <summary>Profile addressing in the GUP store: one data reference per profile id, read back from a stored select.</summary>
[TestClass]
public sealed class ProfileSelectTests
{
    [TestMethod]
    public void Of_ProfileId_IsTheComponentRootWithTheProfileIdPredicate()
    {
        var (reference, failure) = DataSelectReader.Read(ProfileSelect.Of("mutual-aid"));

        Assert.IsNull(failure);
        Assert.AreEqual(ProfileSelect.Type, reference!.ComponentStep!.Name);
        Assert.IsInstanceOfType<AttributePredicate>(reference.ComponentStep.Predicate);
        Assert.IsEmpty(reference.Steps);
    }

    [TestMethod]
    public void ProfileIdOf_SelectOfAProfile_GivesItsIdAndAllGivesNone()
    {
        Assert.AreEqual("2", ProfileSelect.ProfileIdOf(ProfileSelect.Of("2")));
        Assert.IsNull(ProfileSelect.ProfileIdOf(ProfileSelect.All));
    }

    [TestMethod]
    public void Of_UnsafeProfileId_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => ProfileSelect.Of("1'] | //*[@x='"));
    }
}
