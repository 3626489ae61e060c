using GupSoap.Contracts.Rp;
using GupSoap.Core.Notifications;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Storage;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Raf.Subscriptions;
using static GupSoap.Tests.Integration.McpttInstances;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Subscribe To Data on a type with one document per profileId (TS 23.240 §4.4.6-4.4.8; ARCHITECTURE.md "Data model"):
/// a change of any instance reaches the subscription on the type, and its Notify Data carries that instance and its
/// own version. The outbox is read from the RAF's database file.
/// </summary>
[TestClass]
public sealed class MultiInstanceNotificationTests(TestContext testContext)
{
    private CancellationToken Ct => testContext.CancellationToken;

    private static async Task<string> SubscribeAsync(string resource, string[]? selects = null, bool initialValues = false)
    {
        var answer = await SoapHttp.RpAsync(McpttRaf, SubscriptionMessages.Subscribe(resource, McpttType, SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(1)), selects, initialValues),
            RpOperations.Action(RpOperations.SubscribeToData));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Body.Descendants(Rp + "InvokeID").Single().Value;
    }

    private async Task<IReadOnlyList<NotifyDataRequest>> NotificationsAsync(string invokeId)
    {
        await using var store = new SqliteComponentStore(Path.Combine(SharedServer.Instance.DataDirectory, $"raf-{McpttRaf}.db"));
        var entries = await new SqliteRafOutbox(store, TimeProvider.System).EntriesOfAsync(invokeId, Ct);
        return [.. entries.Select(e => NotifyDataText.Read(e.Entry))];
    }

    private static async Task RenameAsync(string resource, string profileId, string name)
    {
        var answer = await ModifyAsync(resource, SoapMessages.Modification(Root(profileId) + "/up:ProfileName", $"<up:ProfileName>{name}</up:ProfileName>", overwrite: true));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
    }

    [TestMethod]
    public async Task ModifyData_SecondInstanceChanges_SubscriptionOnTheTypeToldWithThatInstanceAndItsVersion()
    {
        var resource = await NewResourceAsync("mcptt-notify", "home", "work");
        await RenameAsync(resource, "home", "Home 2");
        await RenameAsync(resource, "home", "Home 3");
        var invokeId = await SubscribeAsync(resource);

        await RenameAsync(resource, "work", "Work 2");

        var notify = (await NotificationsAsync(invokeId)).Single();
        Assert.AreEqual(ChangeTypes.Modified, notify.ChangeType);
        var item = notify.Items!.Single();
        Assert.AreEqual(2, item.Version, "work's own version, not home's 3");
        var document = item.Data!.Elements!.Single();
        Assert.AreEqual("work", (string?)document.Attribute("profileId"));
        Assert.AreEqual("2", (string?)document.Attribute("version"));
        Assert.AreEqual("Work 2", document.Element(Up + "ProfileName")!.Value);
    }

    [TestMethod]
    public async Task ModifyData_OtherInstanceChanges_SubscriptionSelectingOneInstanceNotTold()
    {
        var resource = await NewResourceAsync("mcptt-notify-select", "home", "work");
        var invokeId = await SubscribeAsync(resource, [Root("home") + "/up:ProfileName"]);

        await RenameAsync(resource, "work", "Work 2");
        var afterWork = await NotificationsAsync(invokeId);
        await RenameAsync(resource, "home", "Home 2");

        Assert.IsEmpty(afterWork);
        var item = (await NotificationsAsync(invokeId)).Single().Items!.Single();
        Assert.AreEqual("Home 2", item.Data!.Elements!.Single().Value);
        Assert.AreEqual(2, item.Version);
    }

    [TestMethod]
    public async Task ModifyData_InstanceDeleted_NotifiesDeletedNamingThatInstance()
    {
        var resource = await NewResourceAsync("mcptt-notify-delete", "home", "work");
        var invokeId = await SubscribeAsync(resource);

        var answer = await ModifyAsync(resource, SoapMessages.Modification(Root("work"), null, overwrite: true));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var notify = (await NotificationsAsync(invokeId)).Single();
        Assert.AreEqual(ChangeTypes.Deleted, notify.ChangeType);
        var item = notify.Items!.Single();
        StringAssert.Contains(item.Select!.Text, "[@profileId='work']");
        Assert.IsNull(item.Data);
        Assert.AreEqual(1, item.Version);
    }

    [TestMethod]
    public async Task SubscribeToData_InitialValues_OneNotificationPerInstance()
    {
        var resource = await NewResourceAsync("mcptt-notify-initial", "home", "work");

        var invokeId = await SubscribeAsync(resource, initialValues: true);

        var profileIds = (await NotificationsAsync(invokeId))
            .Select(n => (string?)n.Items!.Single().Data!.Elements!.Single().Attribute("profileId")).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(new[] { "home", "work" }, profileIds);
    }
}
