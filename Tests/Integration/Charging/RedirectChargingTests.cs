using GupSoap.Core.Charging;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Charging;

/// <summary>A redirected Rg operation (TS 23.240 §4.2.2) is charged as a redirect, with the component types it names.</summary>
[TestClass]
public sealed class RedirectChargingTests
{
    [TestMethod]
    public async Task Create_Redirected_RecordedAsRedirectWithItsComponentType()
    {
        await using var server = await GupServer.StartAsync("--Gup:Redirect:Mode=WhenSupported");
        var resource = SharedServer.NewSubscriber("charging-redirect");

        var answer = await RgText.PostAsync(server.Rg, Redirect.RedirectText.Indicating(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())), "Supported"));
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);

        var record = (await ChargingRecordsSuite.RecordsAsync(server, new ChargingQuery { Subscriber = resource })).Single(r => r.Recorder == "gup:rg");
        Assert.AreEqual(ChargingMode.Redirect, record.Mode);
        Assert.AreEqual("Redirected", record.Outcome);
        Assert.AreEqual("Create", record.Operation);
        CollectionAssert.Contains(record.ComponentTypes.ToArray(), "{" + Contracts.Namespaces.Subscriber + "}SubscriberInfo");
    }
}
