using System.Net;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>Rp procedures (TS 23.240 §4.4) end to end through the SOAP pipeline of a live RAF.</summary>
[TestClass]
public sealed class RpOperationsTests
{
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Rp = Namespaces.Rp;
    private static readonly XNamespace Pres = Namespaces.Presence;

    [TestMethod]
    public async Task CreateReadModifyListDelete_FullRoundTrip()
    {
        var alice = SharedServer.NewSubscriber("round");
        var created = await SoapHttp.RpAsync("hss", SoapMessages.Create(alice, "sub:SubscriberInfo", SoapMessages.SubscriberInfo("Carol")), RpOperations.Action(RpOperations.CreateComponent));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        Assert.AreEqual("1", created.Body.Descendants(Rp + "Version").Single().Value);

        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read(alice, "sub:SubscriberInfo", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "/sub:SubscriberInfo"));
        Assert.AreEqual("OK", read.StatusCode, read.Text);
        var data = read.Body.Descendants(Rp + "Data").ToList();
        Assert.HasCount(2, data);
        Assert.AreEqual("Carol", data[0].Element(Sub + "DisplayName")!.Value);
        Assert.AreEqual("i0", (string?)data[0].Attribute("itemIDRef"));
        Assert.AreEqual("1", (string?)data[1].Attribute("version"));
        Assert.IsNotNull(data[1].Element(Sub + "SubscriberInfo"));

        var modified = await SoapHttp.RpAsync("hss", SoapMessages.Modify(alice, "sub:SubscriberInfo",
            SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Caroline</sub:DisplayName>", overwrite: true)
            + SoapMessages.Modification("/sub:SubscriberInfo/sub:MSISDN", "<sub:MSISDN>+46700000100</sub:MSISDN>")));
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        Assert.AreEqual("2", modified.Body.Descendants(Rp + "Version").Single().Value);

        read = await SoapHttp.RpAsync("hss", SoapMessages.Read(alice, "sub:SubscriberInfo", "/sub:SubscriberInfo"));
        var info = read.Body.Descendants(Sub + "SubscriberInfo").Single();
        Assert.AreEqual("Caroline", info.Element(Sub + "DisplayName")!.Value);
        CollectionAssert.AreEqual(new[] { "+46700000099", "+46700000100" }, info.Elements(Sub + "MSISDN").Select(e => e.Value).ToArray());

        var list = await SoapHttp.RpAsync("hss", $"<rp:ListData><rp:SearchCriteria><rp:ResourceIDPattern>{alice[..12]}*</rp:ResourceIDPattern></rp:SearchCriteria></rp:ListData>");
        Assert.AreEqual("OK", list.StatusCode, list.Text);
        Assert.IsTrue(list.Body.Descendants(XName.Get("ResourceID", Namespaces.Gup)).Any(e => e.Value == alice));

        var deleted = await SoapHttp.RpAsync("hss", SoapMessages.Delete(alice, "sub:SubscriberInfo"));
        Assert.AreEqual("OK", deleted.StatusCode, deleted.Text);
        var gone = await SoapHttp.RpAsync("hss", SoapMessages.Read(alice, "sub:SubscriberInfo", "/"));
        Assert.AreEqual("Failed", gone.StatusCode);
        Assert.AreEqual("DataUnavailable", gone.ErrorType);
        Assert.AreEqual("DoesNotExist", gone.Detail);
    }

    [TestMethod]
    public async Task Response_CarriesLibertyOutgoingHeaders()
    {
        var messageId = SoapMessages.NewMessageId();
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rp("hss"),
            SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"), SoapMessages.Headers(messageId)));
        var header = answer.Document!.Root!.Elements().First(e => e.Name.LocalName == "Header");
        XNamespace wsa = Namespaces.WsAddressing;
        Assert.AreEqual(messageId, header.Element(wsa + "RelatesTo")!.Value);
        Assert.AreNotEqual(messageId, header.Element(wsa + "MessageID")!.Value);
        Assert.AreEqual(RpOperations.Action(RpOperations.ReadData) + "Response", header.Element(wsa + "Action")!.Value);
        Assert.AreEqual("2.0", (string?)header.Element(XName.Get("Framework", Namespaces.SoapBindingFramework))!.Attribute("version"));
    }

    [TestMethod]
    public async Task Soap12_IsServedInSoap12()
    {
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rp("hss"),
            SoapMessages.Envelope12(SoapMessages.Read("sip:bob@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName")),
            RpOperations.Action(RpOperations.ReadData), soap12: true);
        Assert.AreEqual(HttpStatusCode.OK, answer.Http);
        Assert.AreEqual(Namespaces.Soap12, answer.Document!.Root!.Name.NamespaceName);
        Assert.AreEqual("Bob", answer.Body.Descendants(Sub + "DisplayName").Single().Value);
    }

    [TestMethod]
    public async Task Create_Existing_IsExistsAlready_AndNothingChanges()
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Create("sip:alice@example.org", "sub:SubscriberInfo", SoapMessages.SubscriberInfo("Mallory")));
        Assert.AreEqual("Failed", answer.StatusCode);
        Assert.AreEqual("ExistsAlready", answer.Detail);
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName"));
        Assert.AreEqual("Alice", read.Body.Descendants(Sub + "DisplayName").Single().Value);
    }

    [TestMethod]
    [DataRow("<sub:SubscriberInfo><sub:DisplayName>x</sub:DisplayName></sub:SubscriberInfo>", "InvalidData", DisplayName = "missing Language")]
    [DataRow("<sub:SubscriberInfo><sub:DisplayName>x</sub:DisplayName><sub:Language>en</sub:Language><sub:Evil/></sub:SubscriberInfo>", "InvalidData", DisplayName = "unknown element")]
    [DataRow("<sub:SubscriberInfo><sub:DisplayName>x</sub:DisplayName><sub:Language>en</sub:Language><sub:MSISDN>call me</sub:MSISDN></sub:SubscriberInfo>", "InvalidData", DisplayName = "bad MSISDN")]
    [DataRow("<pres:PresenceSettings><pres:Status>open</pres:Status></pres:PresenceSettings>", "InvalidObjectType", DisplayName = "wrong root")]
    [DataRow("", "MissingNewDataElement", DisplayName = "no data")]
    public async Task Create_InvalidDocument_FailsWithInvalidParameter(string data, string detail)
    {
        var resource = SharedServer.NewSubscriber("invalid");
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Create(resource, "sub:SubscriberInfo", data));
        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.AreEqual(detail, answer.Detail);
        Assert.IsFalse(string.IsNullOrWhiteSpace((string?)answer.Status.Attribute("comment")));
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/"));
        Assert.AreEqual("DataUnavailable", read.ErrorType, "nothing may be written");
    }

    [TestMethod]
    [DataRow("sip:alice@example.org", "pres:PresenceSettings", "UnsupportedObjectType", DisplayName = "type held by another RAF")]
    [DataRow("not a uri", "sub:SubscriberInfo", "InvalidResourceID", DisplayName = "resource with a space")]
    public async Task Read_UnroutableRequest_IsInvalidParameter(string resource, string type, string detail)
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, type, "/"));
        Assert.AreEqual("InvalidParameter", answer.ErrorType, answer.Text);
        Assert.AreEqual(detail, answer.Detail);
    }

    [TestMethod]
    public async Task Modify_OneBadModification_WritesNothing()
    {
        var resource = SharedServer.NewSubscriber("atomic");
        await SoapHttp.RpAsync("hss", SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo("Dora")));
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Modify(resource, "sub:SubscriberInfo",
            SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Changed</sub:DisplayName>", overwrite: true)
            + SoapMessages.Modification("/sub:SubscriberInfo/sub:Language", "<sub:Language>not a language tag!</sub:Language>", overwrite: true, itemId: "lang")));
        Assert.AreEqual("Failed", answer.StatusCode);
        Assert.AreEqual("InvalidData", answer.Detail);
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName"));
        Assert.AreEqual("Dora", read.Body.Descendants(Sub + "DisplayName").Single().Value);
        Assert.AreEqual("1", (string?)read.Body.Descendants(Rp + "Data").Single().Attribute("version"));
    }

    [TestMethod]
    public async Task Modify_InsertOnExistingAttribute_IsExistsAlready_OverwriteChangesIt()
    {
        var resource = SharedServer.NewSubscriber("attr");
        await SoapHttp.RpAsync("services", SoapMessages.Create(resource, "pres:PresenceSettings", SoapMessages.Presence()));
        var insert = await SoapHttp.RpAsync("services", SoapMessages.Modify(resource, "pres:PresenceSettings",
            SoapMessages.Modification("/pres:PresenceSettings/pres:Device[@id='phone']/@id", "tablet")));
        Assert.AreEqual("ExistsAlready", insert.Detail, insert.Text);
        var overwrite = await SoapHttp.RpAsync("services", SoapMessages.Modify(resource, "pres:PresenceSettings",
            SoapMessages.Modification("/pres:PresenceSettings/pres:Device[@id='phone']/@id", "tablet", overwrite: true)));
        Assert.AreEqual("OK", overwrite.StatusCode, overwrite.Text);
        var read = await SoapHttp.RpAsync("services", SoapMessages.Read(resource, "pres:PresenceSettings", "/pres:PresenceSettings/pres:Device/@id"));
        Assert.AreEqual("tablet", read.Body.Descendants(Rp + "Data").Single().Value);
    }

    [TestMethod]
    public async Task Modify_InsertMissingOptionalElement_LandsInSchemaOrder()
    {
        var resource = SharedServer.NewSubscriber("order");
        await SoapHttp.RpAsync("services", SoapMessages.Create(resource, "pres:PresenceSettings", SoapMessages.Presence()));
        var answer = await SoapHttp.RpAsync("services", SoapMessages.Modify(resource, "pres:PresenceSettings",
            SoapMessages.Modification("/pres:PresenceSettings/pres:Note", "<pres:Note>In a meeting</pres:Note>")));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var read = await SoapHttp.RpAsync("services", SoapMessages.Read(resource, "pres:PresenceSettings", "/"));
        var names = read.Body.Descendants(Pres + "PresenceSettings").Single().Elements().Select(e => e.Name.LocalName).ToArray();
        CollectionAssert.AreEqual(new[] { "Status", "Note", "Device" }, names);
    }

    [TestMethod]
    public async Task Modify_OverwriteWithoutNewData_RemovesTheElement()
    {
        var resource = SharedServer.NewSubscriber("remove");
        await SoapHttp.RpAsync("services", SoapMessages.Create(resource, "pres:PresenceSettings", SoapMessages.Presence()));
        var answer = await SoapHttp.RpAsync("services", SoapMessages.Modify(resource, "pres:PresenceSettings",
            SoapMessages.Modification("/pres:PresenceSettings/pres:Device[1]", null, overwrite: true)));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var read = await SoapHttp.RpAsync("services", SoapMessages.Read(resource, "pres:PresenceSettings", "/pres:PresenceSettings/pres:Device"));
        Assert.IsFalse(read.Body.Descendants(Pres + "Device").Any());
    }

    [TestMethod]
    public async Task Modify_NotChangedSinceBeforeLastChange_IsModifiedSince()
    {
        var resource = SharedServer.NewSubscriber("lock");
        await SoapHttp.RpAsync("hss", SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo()));
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/"));
        var seen = (string)read.Body.Descendants(Rp + "Data").Single().Attribute("changeTime")!;
        var first = await SoapHttp.RpAsync("hss", SoapMessages.Modify(resource, "sub:SubscriberInfo",
            SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>One</sub:DisplayName>", overwrite: true, notChangedSince: seen)));
        Assert.AreEqual("OK", first.StatusCode, first.Text);
        var second = await SoapHttp.RpAsync("hss", SoapMessages.Modify(resource, "sub:SubscriberInfo",
            SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Two</sub:DisplayName>", overwrite: true, notChangedSince: seen)));
        Assert.AreEqual("ModifiedSince", second.Detail, second.Text);
    }

    [TestMethod]
    public async Task Modify_ConcurrentWithSameNotChangedSince_OneWinsOthersGetModifiedSince()
    {
        var resource = SharedServer.NewSubscriber("race");
        await SoapHttp.RpAsync("hss", SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo()));
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/"));
        var seen = (string)read.Body.Descendants(Rp + "Data").Single().Attribute("changeTime")!;
        var attempts = Enumerable.Range(0, 8).Select(i => SoapHttp.RpAsync("hss", SoapMessages.Modify(resource, "sub:SubscriberInfo",
            SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", $"<sub:DisplayName>Writer{i}</sub:DisplayName>", overwrite: true, notChangedSince: seen))));
        var answers = await Task.WhenAll(attempts);
        Assert.AreEqual(1, answers.Count(a => a.StatusCode == "OK"));
        Assert.AreEqual(7, answers.Count(a => a.Detail == "ModifiedSince"));
        var final = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/"));
        Assert.AreEqual("2", (string?)final.Body.Descendants(Rp + "Data").Single().Attribute("version"));
    }

    [TestMethod]
    public async Task Modify_ConcurrentWithoutLock_NoUpdateIsLost()
    {
        var resource = SharedServer.NewSubscriber("append");
        await SoapHttp.RpAsync("hss", SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo()));
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => SoapHttp.RpAsync("hss", SoapMessages.Modify(resource, "sub:SubscriberInfo",
            SoapMessages.Modification("/sub:SubscriberInfo/sub:MSISDN", $"<sub:MSISDN>+4670000020{i}</sub:MSISDN>")))));
        Assert.IsTrue(answers.All(a => a.StatusCode == "OK"));
        var final = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:MSISDN"));
        Assert.HasCount(11, final.Body.Descendants(Sub + "MSISDN").ToList());
        Assert.AreEqual("11", (string?)final.Body.Descendants(Rp + "Data").Single().Attribute("version"));
    }

    [TestMethod]
    public async Task Simulate_ValidatesAndAnswers_ButWritesNothing()
    {
        var resource = SharedServer.NewSubscriber("simulate");
        var simulate = $"""<sb:ProcessingContext xmlns:sb="{Namespaces.SoapBinding}">{Namespaces.ProcessingContextSimulate}</sb:ProcessingContext>""";
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rp("hss"),
            SoapMessages.Envelope11(SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo()), SoapMessages.Headers(extra: simulate)));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read(resource, "sub:SubscriberInfo", "/"));
        Assert.AreEqual("DataUnavailable", read.ErrorType);
    }

    [TestMethod]
    public async Task List_PagesConsistently_WithEndOfList()
    {
        var prefix = $"sip:page-{Guid.NewGuid():N}";
        for (var i = 0; i < 5; i++)
        {
            await SoapHttp.RpAsync("hss", SoapMessages.Create($"{prefix}-{i}@example.org", "sub:SubscriberInfo", SoapMessages.SubscriberInfo()));
        }

        var seen = new List<string>();
        var offset = 0;
        for (var page = 0; page < 5; page++)
        {
            var answer = await SoapHttp.RpAsync("hss", $"<rp:ListData count=\"2\" offset=\"{offset}\"><rp:SearchCriteria><rp:ResourceIDPattern>{prefix}-*</rp:ResourceIDPattern><rp:ComponentType>sub:SubscriberInfo</rp:ComponentType></rp:SearchCriteria></rp:ListData>");
            Assert.AreEqual("OK", answer.StatusCode, answer.Text);
            seen.AddRange(answer.Body.Descendants(XName.Get("ResourceID", Namespaces.Gup)).Select(e => e.Value));
            if (answer.Body.Descendants(Rp + "EndOfList").Any())
            {
                break;
            }

            offset = (int)answer.Body.Elements().Single().Attribute("nextOffset")!;
        }

        CollectionAssert.AreEqual(Enumerable.Range(0, 5).Select(i => $"{prefix}-{i}@example.org").ToArray(), seen.ToArray());
    }

    [TestMethod]
    [DataRow("count=\"0\"")]
    [DataRow("count=\"100000\"")]
    [DataRow("offset=\"-1\"")]
    public async Task List_BadPaging_IsInvalidParameter(string attributes)
    {
        var answer = await SoapHttp.RpAsync("hss", $"<rp:ListData {attributes}/>");
        Assert.AreEqual("InvalidParameter", answer.ErrorType, answer.Text);
    }

    [TestMethod]
    public async Task DefineData_ExtendsValidation_ForLaterCreateAndModify()
    {
        var resource = SharedServer.NewSubscriber("define");
        var extended = "<lcs:LcsPrivacy><lcs:DefaultPolicy>allow</lcs:DefaultPolicy><lcs:RetentionDays>30</lcs:RetentionDays></lcs:LcsPrivacy>";
        var before = await SoapHttp.RpAsync("services", SoapMessages.Create(resource, "lcs:LcsPrivacy", extended));
        Assert.AreEqual("InvalidData", before.Detail, before.Text);

        var define = await SoapHttp.RpAsync("services",
            "<rp:DefineData><rp:ComponentType>lcs:LcsPrivacy</rp:ComponentType><rp:Definition><rp:Name>lcs:RetentionDays</rp:Name><rp:Type xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">xs:int</rp:Type><rp:Parent>/lcs:LcsPrivacy</rp:Parent></rp:Definition></rp:DefineData>");
        Assert.AreEqual("OK", define.StatusCode, define.Text);

        var after = await SoapHttp.RpAsync("services", SoapMessages.Create(resource, "lcs:LcsPrivacy", extended));
        Assert.AreEqual("OK", after.StatusCode, after.Text);
        var badValue = await SoapHttp.RpAsync("services", SoapMessages.Modify(resource, "lcs:LcsPrivacy",
            SoapMessages.Modification("/lcs:LcsPrivacy/lcs:RetentionDays", "<lcs:RetentionDays>thirty</lcs:RetentionDays>", overwrite: true)));
        Assert.AreEqual("InvalidData", badValue.Detail, badValue.Text);
        var again = await SoapHttp.RpAsync("services",
            "<rp:DefineData><rp:ComponentType>lcs:LcsPrivacy</rp:ComponentType><rp:Definition><rp:Name>lcs:RetentionDays</rp:Name><rp:Type xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">xs:int</rp:Type><rp:Parent>/lcs:LcsPrivacy</rp:Parent></rp:Definition></rp:DefineData>");
        Assert.AreEqual("ExistsAlready", again.Detail, again.Text);
    }

    [TestMethod]
    public async Task DefineData_UnsupportedType_IsInvalidParameter()
    {
        var answer = await SoapHttp.RpAsync("services",
            "<rp:DefineData><rp:ComponentType>lcs:LcsPrivacy</rp:ComponentType><rp:Definition><rp:Name>lcs:X</rp:Name><rp:Type xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">xs:anyType</rp:Type><rp:Parent>/lcs:LcsPrivacy</rp:Parent></rp:Definition></rp:DefineData>");
        Assert.AreEqual("InvalidParameter", answer.ErrorType, answer.Text);
    }
}
