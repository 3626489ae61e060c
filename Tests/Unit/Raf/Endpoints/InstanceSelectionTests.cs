using System.Xml.Linq;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Notifications;
using GupSoap.Tests.Unit.Raf.Storage;
using static GupSoap.Tests.Unit.Raf.RafTestData;

namespace GupSoap.Tests.Unit.Raf.Endpoints;

/// <summary>
/// Data references over the Rp view of several MCPTT user profiles (ARCHITECTURE.md "Data model"): the component step
/// picks instances by position in profileId order or by predicate, the steps below run inside each instance.
/// </summary>
[TestClass]
public sealed class InstanceSelectionTests
{
    private static List<XElement?> View() =>
        [McpttProfiles.Document(McpttProfiles.Text("home", "At home")), McpttProfiles.Document(McpttProfiles.Text("work", "Mutual aid"))];

    [TestMethod]
    [DataRow("/mcpttup:mcptt-user-profile", "0,1")]
    [DataRow("/", "0,1")]
    [DataRow("/mcpttup:mcptt-user-profile[2]", "1")]
    [DataRow("/mcpttup:mcptt-user-profile[3]", "")]
    [DataRow("/mcpttup:mcptt-user-profile[@profileId='home']/mcpttup:Status", "0")]
    [DataRow("/gup:Profile/*[mcpttup:ProfileName='Mutual aid']", "1")]
    public void Addressed_ComponentStep_PicksInstancesOfTheView(string select, string expected)
    {
        Assert.AreEqual(expected, string.Join(",", InstanceSelection.Addressed(View(), Select(select))));
    }

    [TestMethod]
    public void Select_StepsBelowComponent_ConcatenateInInstanceOrderAndNameContributors()
    {
        var (selected, contributing, addressed) = InstanceSelection.Select(View(), Select("/mcpttup:mcptt-user-profile[2]/mcpttup:ProfileName"));

        Assert.AreEqual("Mutual aid", ((XElement)selected.Single()).Value);
        CollectionAssert.AreEqual(new[] { 1 }, contributing.ToArray());
        CollectionAssert.AreEqual(new[] { 1 }, addressed.ToArray());
    }

    [TestMethod]
    public void Select_InstanceFilteredAway_IsSkipped()
    {
        var view = View();
        view[0] = null;

        var (selected, _, addressed) = InstanceSelection.Select(view, Select("/mcpttup:mcptt-user-profile/mcpttup:ProfileName"));

        Assert.AreEqual("Mutual aid", ((XElement)selected.Single()).Value);
        CollectionAssert.AreEqual(new[] { 1 }, addressed.ToArray());
    }

    [TestMethod]
    public void IsAffected_ChangeOfAnotherInstance_DoesNotConcernAnInstanceSelect()
    {
        var before = McpttProfiles.Document(McpttProfiles.Text("work", "Mutual aid"));
        var after = McpttProfiles.Document(McpttProfiles.Text("work", "Renamed"));
        var home = Select("/mcpttup:mcptt-user-profile[@profileId='home']/mcpttup:ProfileName");
        var work = Select("/mcpttup:mcptt-user-profile[@profileId='work']/mcpttup:ProfileName");

        Assert.IsFalse(AffectedSelects.IsAffected([home], before, after, multiInstance: true));
        Assert.IsFalse(AffectedSelects.IsAffected([home], null, after, multiInstance: true), "creating work does not concern home");
        Assert.IsTrue(AffectedSelects.IsAffected([work], before, after, multiInstance: true));
    }
}
