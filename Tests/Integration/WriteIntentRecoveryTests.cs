using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Server.Recovery;
using GupSoap.Server.Routing;
using GupSoap.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Recovery of multi-repository writes left undecided by a crash (TS 23.240 §4.3.9): the state a crash leaves is set
/// up by hand (parts written at the RAFs, the intent in the journal), then recovery must roll it back to nothing —
/// and never take back a part written again since.
/// </summary>
[TestClass]
public sealed class WriteIntentRecoveryTests
{
    private static readonly XName Info = XName.Get("SubscriberInfo", "urn:3gpp:gup:2006-08:subscriber");
    private static readonly XName Presence = XName.Get("PresenceSettings", "urn:3gpp:gup:2006-08:presence");

    private static Task<SoapHttp.SoapAnswer> RpAsync(GupServer server, string raf, string body) => SoapHttp.PostAsync(server.Rp(raf), SoapMessages.Envelope11(body));

    private static async Task<string?> StateAtAsync(GupServer server, string raf, string type, string resource)
    {
        var read = await RpAsync(server, raf, SoapMessages.Read(resource, type, "/" + type));
        return read.StatusCode == StatusCodes.Ok ? "present" : read.Detail;
    }

    /// <summary>A create that crashed after SubscriberInfo was written at hss and before PresenceSettings reached services.</summary>
    private static async Task<WriteIntent> HalfCreatedAsync(GupServer server, string resource)
    {
        Assert.AreEqual(StatusCodes.Ok, (await RpAsync(server, "hss", SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo()))).StatusCode);
        var now = DateTimeOffset.UtcNow;
        // Begun a moment ago; its request's lease is over, but the parts were written before its decision time.
        var intent = new WriteIntent(Guid.NewGuid().ToString("N"), WriteIntent.NewClaim(), resource, "sip", IntentOperation.Create, now.AddSeconds(-2), now.AddMinutes(1), now.AddSeconds(-1),
            [new IntentPart(Info, "hss", PlacementRecorded: true, "", null), new IntentPart(Presence, "services", PlacementRecorded: true, "", null)]);
        Assert.IsTrue(await Journal(server).BeginAsync(intent, [(Info, "hss"), (Presence, "services")], CancellationToken.None));
        return intent;
    }

    private static IWriteIntentJournal Journal(GupServer server) => server.Services.GetRequiredService<IWriteIntentJournal>();

    private static WriteIntentRecovery Recovery(GupServer server) => server.Services.GetRequiredService<WriteIntentRecovery>();

    private static Task<int> RecoverNowAsync(GupServer server, TimeSpan? later = null) =>
        Recovery(server).RecoverDueAsync(DateTimeOffset.UtcNow + (later ?? TimeSpan.Zero), CancellationToken.None);

    private static async Task<GupServer> StartAsync() => await GupServer.StartAsync("--Gup:Demo:Enabled=false", "--Gup:Rg:RecoveryInterval=01:00:00");

    [TestMethod]
    public async Task Recover_CreateLeftHalfApplied_RemovesTheCreatedPartAndForgetsItsPlacements()
    {
        await using var server = await StartAsync();
        var resource = SharedServer.NewSubscriber("half-created");
        await HalfCreatedAsync(server, resource);

        Assert.AreEqual(1, await RecoverNowAsync(server));

        Assert.AreEqual(StatusCodes.DoesNotExist, await StateAtAsync(server, "hss", "sub:SubscriberInfo", resource));
        Assert.AreEqual(StatusCodes.DoesNotExist, await StateAtAsync(server, "services", "pres:PresenceSettings", resource));
        Assert.IsEmpty(await server.Services.GetRequiredService<ILocationStore>().FindAllAsync(resource, CancellationToken.None), "placements pointing at nothing are forgotten");
        Assert.AreEqual(0, await Journal(server).CountAsync(CancellationToken.None));
        var retried = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual(StatusCodes.Ok, retried.StatusCode, retried.Text);
    }

    [TestMethod]
    public async Task Recover_CreatedPartWrittenAgainSince_IsKept()
    {
        await using var server = await StartAsync();
        var resource = SharedServer.NewSubscriber("written-since");
        await HalfCreatedAsync(server, resource);
        var modified = await RpAsync(server, "hss", SoapMessages.Modify(resource, "sub:SubscriberInfo", SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Later</sub:DisplayName>", overwrite: true)));
        Assert.AreEqual(StatusCodes.Ok, modified.StatusCode, modified.Text);

        Assert.AreEqual(1, await RecoverNowAsync(server));

        Assert.AreEqual("present", await StateAtAsync(server, "hss", "sub:SubscriberInfo", resource), "version 2 is a later legitimate write");
        var placements = await server.Services.GetRequiredService<ILocationStore>().FindAllAsync(resource, CancellationToken.None);
        Assert.AreEqual("hss", placements[Info], "the kept component's placement stays");
        Assert.IsFalse(placements.ContainsKey(Presence));
    }

    [TestMethod]
    public async Task Recover_DeleteLeftHalfApplied_CreatesTheDeletedPartAgain()
    {
        await using var server = await StartAsync();
        var resource = SharedServer.NewSubscriber("half-deleted");
        var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Dora")), ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
        var copy = XElement.Parse((await RpAsync(server, "hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo"))).Body.Descendants(Info).Single().ToString());
        var presence = XElement.Parse((await RpAsync(server, "services", SoapMessages.Read(resource, "pres:PresenceSettings", "/pres:PresenceSettings"))).Body.Descendants(Presence).Single().ToString());
        var now = DateTimeOffset.UtcNow;
        var intent = new WriteIntent(Guid.NewGuid().ToString("N"), WriteIntent.NewClaim(), resource, "sip", IntentOperation.Delete, now.AddSeconds(-2), now.AddSeconds(-1), now.AddSeconds(-1),
            [new IntentPart(Info, "hss", false, "", copy.ToString(SaveOptions.DisableFormatting)), new IntentPart(Presence, "services", false, "", presence.ToString(SaveOptions.DisableFormatting))]);
        Assert.IsTrue(await Journal(server).BeginAsync(intent, [], CancellationToken.None));
        Assert.AreEqual(StatusCodes.Ok, (await RpAsync(server, "hss", SoapMessages.Delete(resource, "sub:SubscriberInfo"))).StatusCode, "the crash came after the first delete");

        Assert.AreEqual(1, await RecoverNowAsync(server));

        var query = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "/gup:Profile/pres:PresenceSettings/pres:Status"));
        Assert.AreEqual(StatusCodes.Ok, query.StatusCode, query.Text);
        StringAssert.Contains(query.Text, "Dora");
        Assert.AreEqual(0, await Journal(server).CountAsync(CancellationToken.None));
    }

    [TestMethod]
    public async Task Recover_CrashInsideRecovery_IsRecoveredAgainToTheSameEnd()
    {
        await using var server = await StartAsync();
        var resource = SharedServer.NewSubscriber("crash-in-recovery");
        await HalfCreatedAsync(server, resource);
        var recovery = Recovery(server);
        recovery.AfterStep = (_, _) => throw new InvalidOperationException("crash injected after the first step");

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => RecoverNowAsync(server));
        Assert.AreEqual(StatusCodes.DoesNotExist, await StateAtAsync(server, "hss", "sub:SubscriberInfo", resource), "the first step happened");
        Assert.AreEqual(1, await Journal(server).CountAsync(CancellationToken.None), "the intent is still undecided");
        Assert.AreEqual(0, await RecoverNowAsync(server), "held by the recovery that crashed until its lease ends");
        recovery.AfterStep = null;

        Assert.AreEqual(1, await RecoverNowAsync(server, recovery.ClaimLease + TimeSpan.FromSeconds(1)));

        Assert.AreEqual(StatusCodes.DoesNotExist, await StateAtAsync(server, "hss", "sub:SubscriberInfo", resource));
        Assert.IsEmpty(await server.Services.GetRequiredService<ILocationStore>().FindAllAsync(resource, CancellationToken.None));
        Assert.AreEqual(0, await Journal(server).CountAsync(CancellationToken.None));
    }

    [TestMethod]
    public async Task Recover_RafNotAnswering_IsPostponedAndKeepsTheIntent()
    {
        await using var fake = await FakeRaf.StartAsync(http => { http.Response.StatusCode = 503; return Task.CompletedTask; });
        await using var server = await GupServer.StartAsync("--Gup:Demo:Enabled=false", "--Gup:Rg:RecoveryInterval=01:00:00", $"--Gup:Rafs:services:Address={fake.Rp("services")}");
        var resource = SharedServer.NewSubscriber("postponed");
        var now = DateTimeOffset.UtcNow;
        var intent = new WriteIntent(Guid.NewGuid().ToString("N"), WriteIntent.NewClaim(), resource, "sip", IntentOperation.Create, now.AddSeconds(-2), now.AddMinutes(1), now.AddSeconds(-1),
            [new IntentPart(Presence, "services", PlacementRecorded: true, "", null)]);
        Assert.IsTrue(await Journal(server).BeginAsync(intent, [(Presence, "services")], CancellationToken.None));

        Assert.AreEqual(0, await RecoverNowAsync(server));

        Assert.AreEqual(1, await Journal(server).CountAsync(CancellationToken.None), "kept for a later attempt");
        Assert.AreEqual("services", (await server.Services.GetRequiredService<ILocationStore>().FindAllAsync(resource, CancellationToken.None))[Presence]);
    }

    [TestMethod]
    public async Task Create_WhileAnotherWriteOfTheProfileIsUndecided_IsRefusedAndWritesNothing()
    {
        await using var server = await StartAsync();
        var resource = SharedServer.NewSubscriber("busy");
        await HalfCreatedAsync(server, resource);

        var create = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())));
        var delete = await RgText.PostAsync(server.Rg, RgText.Delete(resource));

        Assert.AreEqual(StatusCodes.Failed, create.StatusCode, create.Text);
        Assert.AreEqual(StatusCodes.DataUnavailable, create.ErrorType);
        StringAssert.Contains((string?)create.Status.Attribute("comment"), "in progress or being recovered");
        Assert.AreEqual(StatusCodes.DoesNotExist, await StateAtAsync(server, "services", "pres:PresenceSettings", resource));
        Assert.AreEqual(StatusCodes.Failed, delete.StatusCode, delete.Text);
        Assert.AreEqual("present", await StateAtAsync(server, "hss", "sub:SubscriberInfo", resource), "the undecided create is left to recovery");
    }
}
