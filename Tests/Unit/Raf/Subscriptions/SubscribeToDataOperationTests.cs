using GupSoap.Tests.Support;
using System.Xml;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Notifications;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>TS 23.240 §4.4.6 / §4.4.7 on a RAF in process: request checks, quota and expiry (SECURITY.md A10), ownership (A7).</summary>
public abstract class SubscribeToDataOperationTests(TestContext testContext, StoreKind kind) : SubscriptionRafTests(testContext, kind)
{
    [TestInitialize]
    public async Task InitializeAsync() => TestRaf = await StartAsync(Kind, Ct, maxSubscriptions: 2, egress: (url, _) => Task.FromResult(url.Contains("10.0.0.1", StringComparison.Ordinal) ? "private address" : null));

    private static SubscribeToDataRequest Request(TimeSpan? lifetime = null, bool initialValues = false, string notifyTo = "https://app.example.org/cb", params string[] selects) => new()
    {
        ResourceId = new ResourceId { Value = Alice, Type = "sip" },
        ComponentType = new XmlQualifiedName(Subscriber.LocalName, Subscriber.NamespaceName),
        NotifyTo = notifyTo,
        Selects = selects.Length == 0 ? null : selects.Select(s => new DataSelect(s)).ToArray(),
        Filter = lifetime is null ? null : new SubscriptionFilter { Expires = (T0 + lifetime.Value).UtcDateTime, ExpiresSpecified = true, InitialValues = initialValues },
    };

    private Task<SubscribeToDataResponse> SubscribeAsync(SubscribeToDataRequest request, string provider = AppA, bool simulate = false) =>
        SubscribeToDataOperation.HandleAsync(TestRaf.Raf.Context, request, SubscriptionTestRaf.Request(provider, simulate, Ct));

    private Task<UnsubscribeToDataResponse> UnsubscribeAsync(string provider, params string[] ids) =>
        UnsubscribeToDataOperation.HandleAsync(TestRaf.Raf.Context, new UnsubscribeToDataRequest { InvokeIds = ids }, SubscriptionTestRaf.Request(provider, ct: Ct));

    private static void AssertFailed(RpResponse response, string errorType, string? detail)
    {
        Assert.AreEqual(StatusCodes.Failed, response.Status.Code);
        Assert.AreEqual(errorType, response.Status.ErrorType, response.Status.Comment);
        Assert.AreEqual(detail, response.Status.Detail, response.Status.Comment);
    }

    [TestMethod]
    public async Task Subscribe_Valid_StoresItForTheRequestorAndAnswersItsInvokeId()
    {
        var response = await SubscribeAsync(Request(TimeSpan.FromHours(2), selects: "/sub:SubscriberInfo/sub:DisplayName"));

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code, response.Status.Comment);
        var stored = await TestRaf.FindAsync(response.InvokeIds!.Single(), Ct);
        Assert.IsNotNull(stored);
        Assert.AreEqual(AppA, stored.Subscriber);
        Assert.AreEqual(AppA, stored.Audience);
        Assert.AreEqual(T0.AddHours(2), stored.ExpiresAt);
        Assert.AreEqual("/sub:SubscriberInfo/sub:DisplayName", stored.Selects.Single().Text);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no filter")]
    [DataRow(0.0, DisplayName = "expires now")]
    [DataRow(24.01, DisplayName = "beyond the maximum lifetime")]
    public async Task Subscribe_ExpiresMissingOrOutOfRange_IsInvalidParameter(double? hours)
    {
        var response = await SubscribeAsync(Request(hours is null ? null : TimeSpan.FromHours(hours.Value)));

        AssertFailed(response, StatusCodes.InvalidParameter, null);
        Assert.Contains("expires", response.Status.Comment!);
    }

    [TestMethod]
    [DataRow("/pres:PresenceSettings/pres:Status", StatusCodes.InvalidSelect, DisplayName = "another component")]
    [DataRow("//sub:DisplayName", StatusCodes.InvalidSelect, DisplayName = "descendant axis")]
    public async Task Subscribe_BadSelect_IsInvalidSelect(string select, string detail) =>
        AssertFailed(await SubscribeAsync(Request(TimeSpan.FromHours(1), selects: select)), StatusCodes.InvalidParameter, detail);

    [TestMethod]
    [DataRow("", DisplayName = "missing")]
    [DataRow("ftp://app.example.org/cb", DisplayName = "not http")]
    [DataRow("http://10.0.0.1/cb", DisplayName = "refused by the egress check")]
    public async Task Subscribe_BadNotifyTo_IsInvalidParameterAndStoresNothing(string notifyTo)
    {
        var response = await SubscribeAsync(Request(TimeSpan.FromHours(1), notifyTo: notifyTo));

        AssertFailed(response, StatusCodes.InvalidParameter, null);
        Assert.Contains("NotifyTo", response.Status.Comment!);
    }

    [TestMethod]
    public async Task Subscribe_BeyondQuota_IsInvalidOperation_OtherRequestorsUnaffected()
    {
        Assert.AreEqual(StatusCodes.Ok, (await SubscribeAsync(Request(TimeSpan.FromHours(1)))).Status.Code);
        Assert.AreEqual(StatusCodes.Ok, (await SubscribeAsync(Request(TimeSpan.FromMinutes(5)))).Status.Code);

        AssertFailed(await SubscribeAsync(Request(TimeSpan.FromHours(1))), StatusCodes.InvalidOperation, null);
        Assert.AreEqual(StatusCodes.Ok, (await SubscribeAsync(Request(TimeSpan.FromHours(1)), AppB)).Status.Code);
        TestRaf.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.AreEqual(StatusCodes.Ok, (await SubscribeAsync(Request(TimeSpan.FromHours(1)))).Status.Code, "an expired one no longer counts");
    }

    [TestMethod]
    public async Task Subscribe_ListSubscriptions_AnswersEveryActiveIdOfThisRequestor()
    {
        var first = (await SubscribeAsync(Request(TimeSpan.FromHours(1)))).InvokeIds!.Single();
        await SubscribeAsync(Request(TimeSpan.FromHours(1)), AppB);
        var request = Request(TimeSpan.FromHours(1));
        request.ListSubscriptions = true;

        var response = await SubscribeAsync(request);

        Assert.HasCount(2, response.InvokeIds!);
        Assert.AreEqual(first, response.InvokeIds![0]);
    }

    [TestMethod]
    public async Task Subscribe_InitialValues_QueuesTheCurrentDataInTheSameWrite()
    {
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);

        var id = (await SubscribeAsync(Request(TimeSpan.FromHours(1), initialValues: true, selects: "/sub:SubscriberInfo/sub:Language"))).InvokeIds!.Single();

        var notify = NotifyDataText.Read((await TestRaf.EntriesAsync(id, Ct)).Single().Entry);
        Assert.AreEqual(ChangeTypes.Initial, notify.ChangeType);
        var item = notify.Items!.Single();
        Assert.AreEqual("en", item.Data!.Elements!.Single().Value);
        Assert.AreEqual(1, item.Version);
    }

    [TestMethod]
    public async Task Subscribe_InitialValuesWithoutComponent_QueuesNothing()
    {
        var id = (await SubscribeAsync(Request(TimeSpan.FromHours(1), initialValues: true))).InvokeIds!.Single();

        Assert.IsNotNull(await TestRaf.FindAsync(id, Ct));
        Assert.IsEmpty(await TestRaf.EntriesAsync(id, Ct));
    }

    [TestMethod]
    public async Task Subscribe_Simulated_WritesNothing()
    {
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);

        var response = await SubscribeAsync(Request(TimeSpan.FromHours(1), initialValues: true), simulate: true);

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsNull(await TestRaf.FindAsync(response.InvokeIds!.Single(), Ct));
        Assert.IsEmpty(await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct));
    }

    [TestMethod]
    public async Task Unsubscribe_Own_RemovesItAndItsEntries()
    {
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);
        var id = (await SubscribeAsync(Request(TimeSpan.FromHours(1), initialValues: true))).InvokeIds!.Single();

        var response = await UnsubscribeAsync(AppA, id);

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code, response.Status.Comment);
        Assert.IsNull(await TestRaf.FindAsync(id, Ct));
        Assert.IsEmpty(await TestRaf.EntriesAsync(id, Ct));
    }

    [TestMethod]
    public async Task Unsubscribe_AnotherRequestorsId_IsDoesNotExistLikeAnUnknownOne_AndRemovesNothing()
    {
        var mine = (await SubscribeAsync(Request(TimeSpan.FromHours(1)))).InvokeIds!.Single();
        var theirs = (await SubscribeAsync(Request(TimeSpan.FromHours(1)), AppB)).InvokeIds!.Single();

        var foreign = await UnsubscribeAsync(AppA, mine, theirs);
        var unknown = await UnsubscribeAsync(AppA, "s-" + new string('0', 32));

        AssertFailed(foreign, StatusCodes.DataUnavailable, StatusCodes.DoesNotExist);
        AssertFailed(unknown, StatusCodes.DataUnavailable, StatusCodes.DoesNotExist);
        Assert.IsNotNull(await TestRaf.FindAsync(mine, Ct), "all or nothing");
        Assert.IsNotNull(await TestRaf.FindAsync(theirs, Ct));
    }

    [TestMethod]
    public async Task Unsubscribe_NoInvokeId_IsEmptyRequest() =>
        AssertFailed(await UnsubscribeAsync(AppA), StatusCodes.InvalidParameter, StatusCodes.EmptyRequest);
}

[TestClass]
public sealed class SqliteSubscribeToDataOperationTests(TestContext testContext) : SubscribeToDataOperationTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresSubscribeToDataOperationTests(TestContext testContext) : SubscribeToDataOperationTests(testContext, StoreKind.Postgres);
