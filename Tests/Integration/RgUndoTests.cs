using GupSoap.Contracts;
using GupSoap.Tests.Support;
using Microsoft.AspNetCore.Http;
using StatusCodes = GupSoap.Contracts.Liberty.StatusCodes;

namespace GupSoap.Tests.Integration;

/// <summary>
/// TS 23.240 §4.3.9 all or nothing across repositories: when one RAF fails after another has already written, the
/// GUP Server undoes the other write, so nothing is half-created or half-deleted. The failing RAF is a fake that
/// accepts the dry run and the read but refuses the real write.
/// </summary>
[TestClass]
public sealed class RgUndoTests
{
    private const string Now = "2026-01-01T00:00:00Z";

    private static string Envelope(string body) =>
        $"""<?xml version="1.0"?><s:Envelope xmlns:s="{Namespaces.Soap11}"><s:Body>{body}</s:Body></s:Envelope>""";

    private static string Answer(string operation, string content = "", string code = StatusCodes.Ok) =>
        Envelope($"""<rp:{operation}Response xmlns:rp="{Namespaces.Rp}" xmlns:lu="{Namespaces.LibertyUtility}"><lu:Status code="{code}">{(code == StatusCodes.Ok ? "" : $"""<lu:Status code="{StatusCodes.UnexpectedError}"/>""")}</lu:Status>{content}</rp:{operation}Response>""");

    /// <summary>A RAF that says yes to dry runs and reads, and fails every real create and delete.</summary>
    private static async Task RefuseWritesAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var request = await reader.ReadToEndAsync(http.RequestAborted);
        var simulate = request.Contains(Namespaces.ProcessingContextSimulate, StringComparison.Ordinal);
        var action = http.Request.Headers["SOAPAction"].ToString().Trim('"');
        var answer = action switch
        {
            _ when action.EndsWith(":ReadData", StringComparison.Ordinal) => Answer("ReadData",
                $"""<rp:Data itemIDRef="component" version="3" changeTime="{Now}"><pres:PresenceSettings xmlns:pres="{Namespaces.Presence}"><pres:Status>open</pres:Status></pres:PresenceSettings></rp:Data>"""),
            _ when action.EndsWith(":CreateComponent", StringComparison.Ordinal) => simulate ? Answer("CreateComponent") : Answer("CreateComponent", code: StatusCodes.Failed),
            _ when action.EndsWith(":DeleteComponent", StringComparison.Ordinal) => Answer("DeleteComponent", code: StatusCodes.Failed),
            _ => Envelope("<unexpected/>"),
        };
        http.Response.ContentType = "text/xml; charset=utf-8";
        await http.Response.WriteAsync(answer, http.RequestAborted);
    }

    private static async Task<SoapHttp.SoapAnswer> ReadAtHssAsync(GupServer server, string resource) =>
        await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName")));

    [TestMethod]
    public async Task Create_SecondRafFailsAfterFirstCreated_FirstIsUndone()
    {
        await using var fake = await FakeRaf.StartAsync(RefuseWritesAsync);
        await using var server = await GupServer.StartAsync("--Gup:Demo:Enabled=false", $"--Gup:Rafs:services:Address={fake.Rp("services")}");
        var resource = SharedServer.NewSubscriber("undo-create");

        var answer = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        StringAssert.Contains((string?)answer.Status.Attribute("comment"), "No component was created");
        Assert.AreEqual(StatusCodes.DoesNotExist, (await ReadAtHssAsync(server, resource)).Detail, "the SubscriberInfo created at hss must have been removed again");
    }

    [TestMethod]
    public async Task Delete_SecondRafFailsAfterFirstDeleted_FirstIsRestored()
    {
        await using var fake = await FakeRaf.StartAsync(RefuseWritesAsync);
        await using var server = await GupServer.StartAsync("--Gup:Demo:Enabled=false", $"--Gup:Rafs:services:Address={fake.Rp("services")}");
        var resource = SharedServer.NewSubscriber("undo-delete");
        var created = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo("Kept"))));
        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);

        var answer = await RgText.PostAsync(server.Rg, RgText.Delete(resource, "sub:SubscriberInfo", "pres:PresenceSettings"));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        StringAssert.Contains((string?)answer.Status.Attribute("comment"), "Nothing was deleted");
        var read = await ReadAtHssAsync(server, resource);
        Assert.AreEqual(StatusCodes.Ok, read.StatusCode, "the SubscriberInfo deleted at hss must have been put back: " + read.Text);
        StringAssert.Contains(read.Text, "Kept");
    }
}
