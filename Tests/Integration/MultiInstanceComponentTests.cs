using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.McpttInstances;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Rp on a component type with one document per instance key (ARCHITECTURE.md "Data model": one MCPTT user profile per
/// profileId, each versioned on its own), end to end through the SOAP pipeline of the RAF <c>services</c>.
/// </summary>
[TestClass]
public sealed class MultiInstanceComponentTests
{
    [TestMethod]
    public async Task CreateComponent_NewProfileIds_EachIsVersionOneAndReadInProfileIdOrder()
    {
        var resource = SharedServer.NewSubscriber("mcptt-create");
        var work = await CreateAsync(resource, "work", "Mutual aid");
        var home = await CreateAsync(resource, "home");

        var read = await ReadAsync(resource, "/" + McpttType);

        Assert.AreEqual("1", work.Body.Descendants(Rp + "Version").Single().Value, work.Text);
        Assert.AreEqual("1", home.Body.Descendants(Rp + "Version").Single().Value, home.Text);
        Assert.AreEqual("OK", read.StatusCode, read.Text);
        Assert.AreEqual("home=1,work=1", Profiles(Data(read)));
    }

    [TestMethod]
    public async Task CreateComponent_ExistingProfileId_IsExistsAlreadyAndOthersUnaffected()
    {
        var resource = await NewResourceAsync("mcptt-exists", "home", "work");

        var again = await CreateAsync(resource, "home", "Intruder");

        Assert.AreEqual("Failed", again.StatusCode);
        Assert.AreEqual("ExistsAlready", again.Detail);
        var read = await ReadAsync(resource, "/" + McpttType + "/up:ProfileName");
        CollectionAssert.AreEqual(new[] { "Profile home", "Profile work" }, Data(read).Elements().Select(e => e.Value).ToArray());
    }

    [TestMethod]
    [DataRow("""<up:mcptt-user-profile profileId="home"><up:ProfileName>n</up:ProfileName><up:Status>enabled</up:Status><up:PreSelected>true</up:PreSelected><up:MCPTTID>sip:u@x</up:MCPTTID></up:mcptt-user-profile>""", "OK", null, DisplayName = "no version: the RAF sets it")]
    [DataRow("""<up:mcptt-user-profile version="1"><up:ProfileName>n</up:ProfileName><up:Status>enabled</up:Status><up:PreSelected>true</up:PreSelected><up:MCPTTID>sip:u@x</up:MCPTTID></up:mcptt-user-profile>""", "Failed", "InvalidData", DisplayName = "no profileId")]
    public async Task CreateComponent_VersionOrProfileIdMissing_VersionIsSetButProfileIdRequired(string document, string status, string? detail)
    {
        var resource = SharedServer.NewSubscriber("mcptt-attributes");

        var answer = await SoapHttp.RpAsync(McpttRaf, SoapMessages.Create(resource, McpttType, document));

        Assert.AreEqual(status, answer.StatusCode, answer.Text);
        Assert.AreEqual(detail, answer.Detail);
        var read = await ReadAsync(resource, "/" + McpttType);
        Assert.AreEqual(status == "OK" ? "home=1" : "", read.StatusCode == "OK" ? Profiles(Data(read)) : "");
    }

    [TestMethod]
    public async Task ReadData_InstancePredicate_ReturnsThatInstanceWithItsOwnVersion()
    {
        var resource = await NewResourceAsync("mcptt-read", "home", "work");
        var modified = await ModifyAsync(resource, SoapMessages.Modification(Root("work") + "/up:ProfileName", "<up:ProfileName>Renamed</up:ProfileName>", overwrite: true));
        Assert.AreEqual("2", modified.Body.Descendants(Rp + "Version").Single().Value, modified.Text);

        var read = await ReadAsync(resource, Root("work"), Root("home") + "/up:ProfileName", "/" + McpttType + "/up:ProfileName", Root("none"));

        Assert.AreEqual("work=2", Profiles(Data(read, 0)));
        Assert.AreEqual("2", Version(Data(read, 0)));
        Assert.AreEqual("Profile home", Data(read, 1).Value);
        Assert.AreEqual("1", Version(Data(read, 1)), "the select falls in home only");
        Assert.AreEqual("Profile homeRenamed", Data(read, 2).Value);
        Assert.AreEqual("2", Version(Data(read, 2)), "several instances: the highest version");
        Assert.IsFalse(Data(read, 3).HasElements);
    }

    [TestMethod]
    public async Task ReadData_NoInstance_IsDoesNotExist()
    {
        var read = await ReadAsync(SharedServer.NewSubscriber("mcptt-none"), "/" + McpttType);

        Assert.AreEqual("DataUnavailable", read.ErrorType, read.Text);
        Assert.AreEqual("DoesNotExist", read.Detail);
    }

    [TestMethod]
    public async Task ModifyData_SelectWithoutInstanceOverTwoInstances_IsInvalidSelect()
    {
        var resource = await NewResourceAsync("mcptt-ambiguous", "home", "work");

        var answer = await ModifyAsync(resource, SoapMessages.Modification("/" + McpttType + "/up:ProfileName", "<up:ProfileName>Both</up:ProfileName>", overwrite: true));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.AreEqual("InvalidSelect", answer.Detail);
        StringAssert.Contains((string?)answer.Status.Descendants().Last().Attribute("comment") ?? answer.Text, "profileId");
        Assert.AreEqual("home=1,work=1", Profiles(Data(await ReadAsync(resource, "/" + McpttType))));
    }

    [TestMethod]
    public async Task ModifyData_SelectWithoutInstanceOverOneInstance_ModifiesIt()
    {
        var resource = await NewResourceAsync("mcptt-single", "home");

        var answer = await ModifyAsync(resource, SoapMessages.Modification("/" + McpttType + "/up:Status", "<up:Status>disabled</up:Status>", overwrite: true));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("home=2", Profiles(Data(await ReadAsync(resource, "/" + McpttType))));
    }

    [TestMethod]
    public async Task ModifyData_ReplaceWholeInstanceWithSameProfileId_RaisesOnlyItsVersion()
    {
        var resource = await NewResourceAsync("mcptt-replace", "home", "work");

        var answer = await ModifyAsync(resource, SoapMessages.Modification(Root("home"), Document("home", "Replaced", version: "99"), overwrite: true));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var read = await ReadAsync(resource, "/" + McpttType, Root("home") + "/up:ProfileName");
        Assert.AreEqual("home=2,work=1", Profiles(Data(read)), "the writer's version attribute is overwritten by the stored version");
        Assert.AreEqual("Replaced", Data(read, 1).Value);
    }

    [TestMethod]
    public async Task ModifyData_ReplaceInstanceWithAnotherProfileId_IsInvalidData()
    {
        var resource = await NewResourceAsync("mcptt-rekey", "home", "work");

        var answer = await ModifyAsync(resource, SoapMessages.Modification(Root("home"), Document("away"), overwrite: true));

        Assert.AreEqual("InvalidData", answer.Detail, answer.Text);
        Assert.AreEqual("home=1,work=1", Profiles(Data(await ReadAsync(resource, "/" + McpttType))));
    }

    [TestMethod]
    public async Task ModifyData_InstanceRootWithoutNewData_DeletesOnlyThatInstance()
    {
        var resource = await NewResourceAsync("mcptt-drop", "home", "work");

        var answer = await ModifyAsync(resource, SoapMessages.Modification(Root("home"), null, overwrite: true));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("work=1", Profiles(Data(await ReadAsync(resource, "/" + McpttType))));
    }

    [TestMethod]
    public async Task ModifyData_ConcurrentUploadsWithSameNotChangedSince_OneWinsOtherModifiedSince()
    {
        var resource = await NewResourceAsync("mcptt-race", "home", "work");
        var seen = (string)Data(await ReadAsync(resource, Root("work"))).Attribute("changeTime")!;
        // The other instance changing meanwhile does not count against work's notChangedSince.
        Assert.AreEqual("OK", (await ModifyAsync(resource, SoapMessages.Modification(Root("home") + "/up:Status", "<up:Status>disabled</up:Status>", overwrite: true))).StatusCode);

        var answers = await Task.WhenAll(new[] { "Device A", "Device B" }.Select(name =>
            ModifyAsync(resource, SoapMessages.Modification(Root("work"), Document("work", name), overwrite: true, notChangedSince: seen))));

        Assert.AreEqual(1, answers.Count(a => a.StatusCode == "OK"), string.Join("\n", answers.Select(a => a.Text)));
        Assert.AreEqual(1, answers.Count(a => a.Detail == "ModifiedSince"));
        var winner = answers[0].StatusCode == "OK" ? "Device A" : "Device B";
        var final = await ReadAsync(resource, Root("work") + "/up:ProfileName", "/" + McpttType);
        Assert.AreEqual(winner, Data(final, 0).Value);
        Assert.AreEqual("home=2,work=2", Profiles(Data(final, 1)));
    }

    [TestMethod]
    public async Task DeleteComponent_TypeWithInstances_DeletesEveryInstance()
    {
        var resource = await NewResourceAsync("mcptt-delete", "home", "work");

        var deleted = await SoapHttp.RpAsync(McpttRaf, SoapMessages.Delete(resource, McpttType));

        Assert.AreEqual("OK", deleted.StatusCode, deleted.Text);
        Assert.AreEqual("DoesNotExist", (await ReadAsync(resource, "/" + McpttType)).Detail);
    }

    [TestMethod]
    public async Task ListData_ResourceWithInstances_ListsTheTypeOnce()
    {
        var resource = await NewResourceAsync("mcptt-list", "home", "work");

        var list = await SoapHttp.RpAsync(McpttRaf, $"<rp:ListData><rp:SearchCriteria><rp:ResourceIDPattern>{resource}</rp:ResourceIDPattern></rp:SearchCriteria></rp:ListData>",
            RpOperations.Action(RpOperations.ListData));

        Assert.AreEqual("OK", list.StatusCode, list.Text);
        var types = list.Body.Descendants(Rp + "ComponentType").Select(e => e.Value).ToList();
        Assert.AreEqual(1, types.Count(t => t.EndsWith(":mcptt-user-profile", StringComparison.Ordinal)), string.Join(",", types));
    }
}
