using GupSoap.Contracts;
using GupSoap.Core.Liberty;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Soap;

[TestClass]
public sealed class LibertyHeaderValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static (LibertyHeaderValidator, ManualTimeProvider) Create(LibertyOptions? options = null)
    {
        var time = new ManualTimeProvider(Now);
        return (new LibertyHeaderValidator(options ?? new LibertyOptions(), new InMemoryMessageIdStore(time), time), time);
    }

    /// <summary>Complete headers: Framework 2.0, Sender, MessageID and a Timestamp created at <paramref name="created"/> (default: now).</summary>
    private static LibertyHeaders Valid(string id = "urn:uuid:1", DateTimeOffset? created = null) => new()
    {
        HasFramework = true,
        FrameworkVersion = "2.0",
        SenderProviderId = "urn:app",
        MessageId = id,
        HasTimestamp = true,
        TimestampCreated = created ?? Now,
    };

    [TestMethod]
    public async Task Validate_SecurityWithoutTimestamp_IsStaleMsgByDefault()
    {
        var (validator, _) = Create();
        var security = new System.Xml.Linq.XElement(System.Xml.Linq.XName.Get("Security", Namespaces.WsSecurity));
        var fault = await validator.ValidateAsync(Valid() with { HasTimestamp = false, TimestampCreated = null, Security = security }, CancellationToken.None);
        Assert.AreEqual("StaleMsg", fault!.Subcode!.LocalName);
        Assert.Contains("wsu:Timestamp", fault.Reason);
    }

    [TestMethod]
    public async Task Validate_WithoutSecurityHeader_SaysTheSecurityHeaderIsMissing()
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { HasTimestamp = false, TimestampCreated = null }, CancellationToken.None);
        Assert.AreEqual("InvalidSecurity", fault!.Subcode!.LocalName);
        Assert.StartsWith("A wsse:Security header is required", fault.Reason);
        Assert.AreEqual("security", fault.Refusal);
    }

    [TestMethod]
    public async Task Validate_CompleteHeaders_Passes()
    {
        var (validator, _) = Create();
        Assert.IsNull(await validator.ValidateAsync(Valid(), CancellationToken.None));
    }

    [TestMethod]
    public async Task Validate_MissingFramework_IsFrameworkVersionMismatch()
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { HasFramework = false }, CancellationToken.None);
        Assert.AreEqual("FrameworkVersionMismatch", fault!.Subcode!.LocalName);
    }

    [TestMethod]
    [DataRow("1.1")]
    [DataRow("")]
    [DataRow(null)]
    public async Task Validate_WrongFrameworkVersion_IsFrameworkVersionMismatch(string? version)
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { FrameworkVersion = version }, CancellationToken.None);
        Assert.AreEqual("FrameworkVersionMismatch", fault!.Subcode!.LocalName);
    }

    [TestMethod]
    public async Task Validate_MissingMessageId_IsRefused()
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { MessageId = null }, CancellationToken.None);
        Assert.AreEqual("IDStarMsgNotUnderstood", fault!.Subcode!.LocalName);
    }

    [TestMethod]
    public async Task Validate_MissingSender_IsProviderIdNotValid()
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { SenderProviderId = null }, CancellationToken.None);
        Assert.AreEqual("ProviderIDNotValid", fault!.Subcode!.LocalName);
    }

    [TestMethod]
    public async Task Validate_UnknownProcessingContext_IsNotUnderstood()
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { ProcessingContext = "urn:x:other" }, CancellationToken.None);
        Assert.AreEqual("ProcCtxURINotUnderstood", fault!.Subcode!.LocalName);
        Assert.IsNull(await validator.ValidateAsync(Valid("urn:uuid:2") with { ProcessingContext = Namespaces.ProcessingContextSimulate }, CancellationToken.None));
    }

    [TestMethod]
    public async Task Validate_RepeatedMessageId_IsDuplicateMsg_UntilTheWindowPasses()
    {
        var (validator, time) = Create();
        Assert.IsNull(await validator.ValidateAsync(Valid(), CancellationToken.None));
        Assert.AreEqual("DuplicateMsg", (await validator.ValidateAsync(Valid(), CancellationToken.None))!.Subcode!.LocalName);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.IsNull(await validator.ValidateAsync(Valid(created: time.GetUtcNow()), CancellationToken.None));
    }

    [TestMethod]
    public async Task Validate_SameMessageIdFromAnotherSender_IsNotADuplicate()
    {
        var (validator, _) = Create();
        Assert.IsNull(await validator.ValidateAsync(Valid(), CancellationToken.None));
        Assert.IsNull(await validator.ValidateAsync(Valid() with { SenderProviderId = "urn:other" }, CancellationToken.None));
    }

    [TestMethod]
    [DataRow(-400, true, DisplayName = "created 400 s ago: older than window + skew")]
    [DataRow(-300, false, DisplayName = "created 300 s ago: inside window")]
    [DataRow(59, false, DisplayName = "created 59 s ahead: inside skew")]
    [DataRow(61, true, DisplayName = "created 61 s ahead: future")]
    public async Task Validate_TimestampCreated_IsCheckedAgainstWindowAndSkew(int offsetSeconds, bool stale)
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { HasTimestamp = true, TimestampCreated = Now.AddSeconds(offsetSeconds) }, CancellationToken.None);
        Assert.AreEqual(stale, fault?.Subcode?.LocalName == "StaleMsg");
    }

    [TestMethod]
    public async Task Validate_ExpiredTimestamp_IsStale()
    {
        var (validator, _) = Create();
        var fault = await validator.ValidateAsync(Valid() with { HasTimestamp = true, TimestampCreated = Now.AddSeconds(-100), TimestampExpires = Now.AddSeconds(-61) }, CancellationToken.None);
        Assert.AreEqual("StaleMsg", fault!.Subcode!.LocalName);
    }

    [TestMethod]
    public async Task Validate_MissingTimestampWhenNotRequired_Passes()
    {
        var (validator, _) = Create(new LibertyOptions { RequireTimestamp = false });
        Assert.IsNull(await validator.ValidateAsync(Valid() with { HasTimestamp = false, TimestampCreated = null }, CancellationToken.None));
    }

    [TestMethod]
    public async Task Validate_SkewConfiguredAbove120Seconds_IsCappedAt120()
    {
        var (validator, _) = Create(new LibertyOptions { ClockSkew = TimeSpan.FromMinutes(30) });
        var fault = await validator.ValidateAsync(Valid() with { HasTimestamp = true, TimestampCreated = Now.AddSeconds(121) }, CancellationToken.None);
        Assert.AreEqual("StaleMsg", fault!.Subcode!.LocalName);
    }

    [TestMethod]
    public async Task Validate_StoreThatCannotAnswer_FailsClosed()
    {
        var time = new ManualTimeProvider(Now);
        var validator = new LibertyHeaderValidator(new LibertyOptions(), new BrokenStore(), time);
        var fault = await validator.ValidateAsync(Valid(), CancellationToken.None);
        Assert.IsNotNull(fault);
        Assert.AreEqual(503, fault.HttpStatus);
    }

    private sealed class BrokenStore : IMessageIdStore
    {
        public ValueTask<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("down");
    }
}
