using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// The component locator: default placement by type, the application's <c>gup:TargetRepository</c> honoured when
/// that RAF holds the type, and the recorded placement found again after a restart.
/// </summary>
[TestClass]
public sealed class ComponentPlacementTests
{
    // services also holds SubscriberInfo here, so an application may choose it over the default (hss).
    private static readonly string[] BothHoldSubscriberInfo = ["--Gup:Demo:Enabled=false", "--Gup:Rafs:services:ComponentTypes:9={urn:3gpp:gup:2006-08:subscriber}SubscriberInfo"];

    private static async Task<string?> HolderAsync(GupServer server, string resource, string type)
    {
        foreach (var raf in new[] { "hss", "services" })
        {
            var read = await SoapHttp.PostAsync(server.Rp(raf), SoapMessages.Envelope11(SoapMessages.Read(resource, type, "/" + type)));
            if (read.StatusCode == StatusCodes.Ok)
            {
                return raf;
            }
        }

        return null;
    }

    [TestMethod]
    public async Task Create_TargetRepositoryHoldingTheType_StoredThereAndFoundAfterRestart()
    {
        var data = GupServer.NewDataDirectory();
        var resource = SharedServer.NewSubscriber("placed");
        try
        {
            await using (var server = await GupServer.StartInAsync(data, ownsDataDirectory: false, BothHoldSubscriberInfo))
            {
                var created = await RgText.PostAsync(server.Rg, RgText.CreateIn(resource, "services", ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Placed"))));
                Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
                Assert.AreEqual("services", await HolderAsync(server, resource, "sub:SubscriberInfo"));
            }

            await using (var restarted = await GupServer.StartInAsync(data, ownsDataDirectory: false, BothHoldSubscriberInfo))
            {
                var query = await RgText.PostAsync(restarted.Rg, RgText.Query(resource, "/sub:SubscriberInfo/sub:DisplayName"));
                Assert.AreEqual(StatusCodes.Ok, query.StatusCode, query.Text);
                StringAssert.Contains(query.Text, "Placed");

                var modified = await RgText.PostAsync(restarted.Rg, RgText.Modify(resource, RgText.ModifyItem("m", "/sub:SubscriberInfo/sub:Language", "<sub:Language>sv</sub:Language>", overwrite: true)));
                Assert.AreEqual(StatusCodes.Ok, modified.StatusCode, modified.Text);

                var deleted = await RgText.PostAsync(restarted.Rg, RgText.Delete(resource));
                Assert.AreEqual(StatusCodes.Ok, deleted.StatusCode, deleted.Text);
                Assert.IsNull(await HolderAsync(restarted, resource, "sub:SubscriberInfo"));

                // The placement was forgotten with the component: a new one goes to the default again.
                var again = await RgText.PostAsync(restarted.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())));
                Assert.AreEqual(StatusCodes.Ok, again.StatusCode, again.Text);
                Assert.AreEqual("hss", await HolderAsync(restarted, resource, "sub:SubscriberInfo"));
            }
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    [DataRow("no-such-raf")]
    [DataRow("hss")]
    public async Task Create_TargetRepositoryNotHoldingTheType_DefaultPlacementUsed(string target)
    {
        var resource = SharedServer.NewSubscriber("hint");

        var created = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.CreateIn(resource, target, ("pres:PresenceSettings", SoapMessages.Presence())));

        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
        Assert.AreEqual("services", await HolderAsync(SharedServer.Instance, resource, "pres:PresenceSettings"));
    }
}
