using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>The Rg operations in proxy mode against the embedded default, its RAFs called in process.</summary>
[TestClass]
public sealed class RgOperationsTests : RgOperationsSuite
{
    internal override GupServer Server => SharedServer.Instance;
}

/// <summary>The same Rg operations with every Rp call of the embedded default sent over SOAP/HTTP (<c>Gup:Rp:InProcess=false</c>).</summary>
[TestClass]
public sealed class RgOperationsOverSoapTests : RgOperationsSuite
{
    internal override GupServer Server => SharedServer.OverSoap;
}

/// <summary>The Rg operations in proxy mode (TS 23.240 §4.3) against one embedded-default server.</summary>
public abstract class RgOperationsSuite
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Gup = Namespaces.Gup;
    private static readonly XNamespace Lu = Namespaces.LibertyUtility;
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Pres = Namespaces.Presence;

    internal abstract GupServer Server { get; }

    private Uri Endpoint => Server.Rg;

    private Task<SoapHttp.SoapAnswer> PostAsync(string body, string? headers = null) => RgText.PostAsync(Endpoint, body, headers);

    private async Task<string> NewProfileAsync(string hint, bool presence = true)
    {
        var resource = SharedServer.NewSubscriber(hint);
        var items = presence
            ? new[] { ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence()) }
            : [("sub:SubscriberInfo", SoapMessages.SubscriberInfo())];
        var created = await PostAsync(RgText.Create(resource, items));
        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
        return resource;
    }

    private static XElement Profile(SoapHttp.SoapAnswer answer, string itemId = "q0") =>
        answer.Body.Descendants(Rg + "Data").Single(d => (string?)d.Attribute("itemIDRef") == itemId).Element(Gup + "Profile")!;

    [TestMethod]
    public async Task Query_WholeProfileOfDemoSubscriber_OneMergedProfileInConfiguredOrder()
    {
        var answer = await PostAsync(RgText.Query("sip:alice@example.org", "/"));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        var profile = Profile(answer);
        Assert.AreEqual("sip:alice@example.org", (string?)profile.Attribute("resourceID"));
        // The demo subscriber's MCPTT user has three profiles, each its own document, in profileId order.
        CollectionAssert.AreEqual(
            new[] { "SubscriberInfo", "AuthorizationRules", "PresenceSettings", "LcsPrivacy", "mcptt-user-profile#1", "mcptt-user-profile#2", "mcptt-user-profile#3" },
            profile.Elements().Select(e => e.Attribute("profileId") is { } id ? $"{e.Name.LocalName}#{id.Value}" : e.Name.LocalName).ToArray());
    }

    [TestMethod]
    public async Task Query_WholeProfileBesideItemOnLaterComponent_ProfileKeepsConfiguredOrder()
    {
        var answer = await PostAsync(RgText.Query("sip:bob@example.org", "/", "/pres:PresenceSettings/pres:Status", "/lcs:LcsPrivacy/lcs:DefaultPolicy"));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        CollectionAssert.AreEqual(
            new[] { "SubscriberInfo", "AuthorizationRules", "PresenceSettings", "LcsPrivacy", "mcptt-user-profile", "mcptt-user-profile", "mcptt-user-profile" },
            Profile(answer).Elements().Select(e => e.Name.LocalName).ToArray());
    }

    [TestMethod]
    public async Task Query_GupProfileSelectAndComponentSelect_BothAnsweredInOneResponse()
    {
        var resource = await NewProfileAsync("query-both");

        var answer = await PostAsync(RgText.Query(resource, "/gup:Profile", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "/pres:PresenceSettings/pres:Device/@id"));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        Assert.HasCount(2, Profile(answer).Elements());
        var name = answer.Body.Descendants(Rg + "Data").Single(d => (string?)d.Attribute("itemIDRef") == "q1");
        Assert.AreEqual("Carol", name.Element(Sub + "DisplayName")?.Value);
        Assert.AreEqual("1", (string?)name.Attribute("version"));
        Assert.IsNotNull(name.Attribute("changeTime"));
        Assert.AreEqual("phone", answer.Body.Descendants(Rg + "Data").Single(d => (string?)d.Attribute("itemIDRef") == "q2").Value);
    }

    [TestMethod]
    public async Task Query_PrefixDeclaredOnSelect_WinsOverWellKnown()
    {
        var resource = await NewProfileAsync("query-prefix");

        var answer = await PostAsync($"""<rg:Query>{RgText.Resource(resource)}<rg:QueryItem><rg:Select xmlns:sub="urn:example:not-subscriber" xmlns:s="{Namespaces.Subscriber}">/s:SubscriberInfo/s:Language</rg:Select></rg:QueryItem></rg:Query>""");

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        Assert.AreEqual("en", answer.Body.Descendants(Sub + "Language").Single().Value);
    }

    [TestMethod]
    public async Task Query_UnknownResource_FailedDataUnavailableDoesNotExist()
    {
        var answer = await PostAsync(RgText.Query(SharedServer.NewSubscriber("nobody"), "/"));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.DataUnavailable, answer.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, answer.Detail);
        Assert.IsEmpty(answer.Body.Descendants(Rg + "Data"));
    }

    [TestMethod]
    public async Task Query_ComponentTheProfileLacks_FailedDoesNotExistAndNoDataServed()
    {
        var resource = await NewProfileAsync("query-missing", presence: false);

        var answer = await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo", "/pres:PresenceSettings/pres:Status"));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.DoesNotExist, answer.Detail);
        Assert.IsEmpty(answer.Body.Descendants(Rg + "Data"));
    }

    [TestMethod]
    [DataRow("/x:Unknown/x:a", "UnsupportedObjectType")]
    [DataRow("/*/sub:DisplayName", "InvalidSelect")]
    [DataRow("//sub:DisplayName", "InvalidSelect")]
    [DataRow("/nope:SubscriberInfo", "InvalidSelect")]
    public async Task Query_SelectThatRoutesNowhere_FailedInvalidParameterWithComment(string select, string detail)
    {
        var resource = await NewProfileAsync("query-bad");

        var answer = await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo", select).Replace("<rg:Query>", """<rg:Query xmlns:x="urn:example:unknown">"""));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.InvalidParameter, answer.ErrorType);
        Assert.AreEqual(detail, answer.Detail);
        StringAssert.Contains((string?)answer.Status.Attribute("comment"), "q1");
    }

    [TestMethod]
    public async Task Query_WithoutResourceId_FailedMissingResourceIdElement()
    {
        var answer = await PostAsync("""<rg:Query><rg:QueryItem><rg:Select>/</rg:Select></rg:QueryItem></rg:Query>""");

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.MissingResourceIDElement, answer.Detail);
    }

    [TestMethod]
    public async Task Query_ChangedSinceAfterLastChange_ComponentDataOmittedButVersionReported()
    {
        var resource = await NewProfileAsync("query-changed");
        var later = SoapMessages.Instant(DateTimeOffset.UtcNow.AddMinutes(1));

        var answer = await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo").Replace("""itemID="q0">""", $"""itemID="q0" changedSince="{later}">"""));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        var data = answer.Body.Descendants(Rg + "Data").Single();
        Assert.IsEmpty(data.Elements());
        Assert.AreEqual("1", (string?)data.Attribute("version"));
    }

    [TestMethod]
    public async Task Create_SecondItemInvalid_FailedAndNothingCreated()
    {
        var resource = SharedServer.NewSubscriber("create-invalid");

        var answer = await PostAsync(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", "<pres:PresenceSettings><pres:Status>maybe</pres:Status></pres:PresenceSettings>")));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.InvalidData, answer.Detail);
        StringAssert.Contains((string?)answer.Status.Attribute("comment"), "c1");
        var query = await PostAsync(RgText.Query(resource, "/"));
        Assert.AreEqual(StatusCodes.DoesNotExist, query.Detail, "the valid first component must not have been created");
    }

    [TestMethod]
    public async Task Create_ExistingComponent_FailedExistsAlreadyAndOtherItemNotCreated()
    {
        var resource = await NewProfileAsync("create-exists", presence: false);

        var answer = await PostAsync(RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence()), ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Other"))));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.ExistsAlready, answer.Detail);
        var query = await PostAsync(RgText.Query(resource, "/"));
        CollectionAssert.AreEqual(new[] { "SubscriberInfo" }, Profile(query).Elements().Select(e => e.Name.LocalName).ToArray());
    }

    [TestMethod]
    [DataRow("""<rg:CreateItem objectType="sub:SubscriberInfo"><rg:NewData><pres:PresenceSettings><pres:Status>open</pres:Status></pres:PresenceSettings></rg:NewData></rg:CreateItem>""", "InvalidData")]
    [DataRow("""<rg:CreateItem objectType="sub:SubscriberInfo"><rg:NewData/></rg:CreateItem>""", "MissingNewDataElement")]
    [DataRow("""<rg:CreateItem objectType="x:Unknown" xmlns:x="urn:example:unknown"><rg:NewData><x:Unknown/></rg:NewData></rg:CreateItem>""", "UnsupportedObjectType")]
    [DataRow("""<rg:CreateItem><rg:NewData><sub:SubscriberInfo/></rg:NewData></rg:CreateItem>""", "InvalidObjectType")]
    public async Task Create_BadItem_FailedInvalidParameter(string item, string detail)
    {
        var answer = await PostAsync($"<rg:Create>{RgText.Resource(SharedServer.NewSubscriber("create-bad"))}{item}</rg:Create>");

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.InvalidParameter, answer.ErrorType);
        Assert.AreEqual(detail, answer.Detail);
    }

    [TestMethod]
    public async Task Create_Simulate_AnswersOkAndWritesNothing()
    {
        var resource = SharedServer.NewSubscriber("create-simulate");
        var headers = SoapMessages.Headers(extra: $"""<sb:ProcessingContext xmlns:sb="{Namespaces.SoapBinding}">{Namespaces.ProcessingContextSimulate}</sb:ProcessingContext>""");

        var answer = await PostAsync(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())), headers);

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.DoesNotExist, (await PostAsync(RgText.Query(resource, "/"))).Detail);
    }

    [TestMethod]
    public async Task Modify_ItemsOnTwoComponents_EachAppliedWithItsVersion()
    {
        var resource = await NewProfileAsync("modify-two");

        var answer = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("name", "/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Caroline</sub:DisplayName>", overwrite: true),
            RgText.ModifyItem("note", "/pres:PresenceSettings/pres:Note", "<pres:Note>Busy</pres:Note>")));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        var results = answer.Body.Descendants(Rg + "ItemResult").ToList();
        Assert.HasCount(2, results);
        Assert.IsTrue(results.All(r => (string?)r.Attribute("version") == "2" && (string?)r.Element(Lu + "Status")?.Attribute("code") == StatusCodes.Ok), answer.Text);
        var query = await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo/sub:DisplayName", "/pres:PresenceSettings/pres:Note"));
        Assert.AreEqual("Caroline", query.Body.Descendants(Sub + "DisplayName").Single().Value);
        Assert.AreEqual("Busy", query.Body.Descendants(Pres + "Note").Single().Value);
    }

    [TestMethod]
    public async Task Modify_OneComponentFails_PartialWithCompletedItemsReported()
    {
        var resource = await NewProfileAsync("modify-partial");

        var answer = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("good", "/pres:PresenceSettings/pres:Note", "<pres:Note>Away</pres:Note>"),
            RgText.ModifyItem("bad", "/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Second</sub:DisplayName>")));

        Assert.AreEqual(StatusCodes.Partial, answer.StatusCode, answer.Text);
        var failed = answer.Status.Elements(Lu + "Status").Single();
        Assert.AreEqual("bad", (string?)failed.Attribute("ref"));
        Assert.AreEqual(StatusCodes.InvalidParameter, (string?)failed.Attribute("code"));
        Assert.AreEqual(StatusCodes.ExistsAlready, (string?)failed.Element(Lu + "Status")?.Attribute("code"));
        var results = answer.Body.Descendants(Rg + "ItemResult").ToDictionary(r => (string)r.Attribute("itemIDRef")!);
        Assert.AreEqual(StatusCodes.Ok, (string?)results["good"].Element(Lu + "Status")!.Attribute("code"));
        Assert.AreEqual("2", (string?)results["good"].Attribute("version"));
        Assert.AreEqual(StatusCodes.Failed, (string?)results["bad"].Element(Lu + "Status")!.Attribute("code"));
        Assert.IsNull(results["bad"].Attribute("version"));
    }

    [TestMethod]
    public async Task Modify_NotChangedSinceInThePast_ItemFailsModifiedSince()
    {
        var resource = await NewProfileAsync("modify-stale", presence: false);
        var past = SoapMessages.Instant(DateTimeOffset.UtcNow.AddHours(-1));

        var answer = await PostAsync(RgText.Modify(resource, RgText.ModifyItem("m", "/sub:SubscriberInfo/sub:Language", "<sub:Language>sv</sub:Language>", overwrite: true, notChangedSince: past)));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.ModifiedSince, answer.Detail);
    }

    [TestMethod]
    [DataRow("/", "InvalidSelect")]
    [DataRow("/x:Unknown", "UnsupportedObjectType")]
    public async Task Modify_TargetOutsideAnyComponent_FailedBeforeAnyChange(string select, string detail)
    {
        var resource = await NewProfileAsync("modify-nowhere", presence: false);

        var answer = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("ok", "/sub:SubscriberInfo/sub:MSISDN", "<sub:MSISDN>+46700000123</sub:MSISDN>"),
            RgText.ModifyItem("bad", select, "<sub:DisplayName>X</sub:DisplayName>")).Replace("<rg:Modify>", """<rg:Modify xmlns:x="urn:example:unknown">"""));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(detail, answer.Detail);
        var query = await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo"));
        Assert.AreEqual("1", (string?)query.Body.Descendants(Rg + "Data").Single().Attribute("version"), "nothing may have been applied");
    }

    [TestMethod]
    public async Task Delete_ListedComponentMissing_FailedAndNothingDeleted()
    {
        var resource = await NewProfileAsync("delete-missing", presence: false);

        var answer = await PostAsync(RgText.Delete(resource, "sub:SubscriberInfo", "pres:PresenceSettings"));

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.DoesNotExist, answer.Detail);
        Assert.AreEqual(StatusCodes.Ok, (await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo"))).StatusCode);
    }

    [TestMethod]
    public async Task Delete_OneComponentThenWholeProfile_ProfileGone()
    {
        var resource = await NewProfileAsync("delete-all");

        var one = await PostAsync(RgText.Delete(resource, "pres:PresenceSettings"));
        Assert.AreEqual(StatusCodes.Ok, one.StatusCode, one.Text);
        CollectionAssert.AreEqual(new[] { "SubscriberInfo" }, Profile(await PostAsync(RgText.Query(resource, "/"))).Elements().Select(e => e.Name.LocalName).ToArray());

        var all = await PostAsync(RgText.Delete(resource));
        Assert.AreEqual(StatusCodes.Ok, all.StatusCode, all.Text);
        Assert.AreEqual(StatusCodes.DoesNotExist, (await PostAsync(RgText.Query(resource, "/"))).Detail);
        Assert.AreEqual(StatusCodes.DoesNotExist, (await PostAsync(RgText.Delete(resource))).Detail, "deleting a profile that does not exist");
    }

    [TestMethod]
    public async Task List_ResourcesAcrossBothRafs_MergedPerResourceAndPagedConsistently()
    {
        var prefix = "sip:list-" + Guid.NewGuid().ToString("N");
        foreach (var n in new[] { "a", "b", "c" })
        {
            var created = await PostAsync(RgText.Create($"{prefix}-{n}@example.org", ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
            Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
        }

        var first = await PostAsync(RgText.List(prefix + "*", count: 2));
        var second = await PostAsync(RgText.List(prefix + "*", count: 2, offset: 2));

        Assert.AreEqual(StatusCodes.Ok, first.StatusCode, first.Text);
        var items = first.Body.Descendants(Rg + "ListItem").ToList();
        CollectionAssert.AreEqual(new[] { $"{prefix}-a@example.org", $"{prefix}-b@example.org" }, items.Select(i => i.Element(Gup + "ResourceID")!.Value).ToArray());
        Assert.IsTrue(items.All(i => i.Elements(Rg + "ComponentType").Count() == 2), first.Text);
        Assert.AreEqual("2", (string?)first.Body.Descendants(Rg + "ListResponse").Single().Attribute("nextOffset"));
        Assert.IsFalse(first.Body.Descendants(Rg + "EndOfList").Any(e => e.Value == "true"));
        Assert.AreEqual($"{prefix}-c@example.org", second.Body.Descendants(Gup + "ResourceID").Single().Value);
        Assert.AreEqual("true", second.Body.Descendants(Rg + "EndOfList").Single().Value);
    }

    [TestMethod]
    public async Task List_FilteredByComponentType_OnlyThatRafAsked()
    {
        var prefix = "sip:listtype-" + Guid.NewGuid().ToString("N");
        await PostAsync(RgText.Create($"{prefix}-a@example.org", ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())));
        await PostAsync(RgText.Create($"{prefix}-b@example.org", ("pres:PresenceSettings", SoapMessages.Presence())));

        var answer = await PostAsync(RgText.List(prefix + "*", types: "pres:PresenceSettings"));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        Assert.AreEqual($"{prefix}-b@example.org", answer.Body.Descendants(Gup + "ResourceID").Single().Value);
    }

    [TestMethod]
    [DataRow("""<rg:List count="0"/>""", null)]
    [DataRow("""<rg:List count="5000"/>""", null)]
    [DataRow("""<rg:List offset="-1"/>""", null)]
    [DataRow("""<rg:List count="1000" offset="9500"/>""", null)]
    [DataRow("""<rg:List xmlns:x="urn:example:unknown"><rg:SearchCriteria><rg:ComponentType>x:Unknown</rg:ComponentType></rg:SearchCriteria></rg:List>""", "UnsupportedObjectType")]
    public async Task List_BadCriteria_FailedInvalidParameter(string body, string? detail)
    {
        var answer = await PostAsync(body);

        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode, answer.Text);
        Assert.AreEqual(StatusCodes.InvalidParameter, answer.ErrorType);
        Assert.AreEqual(detail, answer.Detail);
    }

    [TestMethod]
    public async Task Rg_WsdlServedWithAddressOfTheRequest()
    {
        using var client = new HttpClient();
        var wsdl = XDocument.Parse(await client.GetStringAsync(new Uri(Endpoint + "?wsdl")));

        var addresses = wsdl.Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string?)e.Attribute("location")).ToList();
        Assert.HasCount(2, addresses);
        Assert.IsTrue(addresses.All(a => a == Endpoint.ToString()), string.Join(", ", addresses));
        var xsd = await client.GetStringAsync(new Uri(Endpoint + "?xsd=rg.xsd"));
        Assert.Contains("name=\"Query\"", xsd);
    }
}
