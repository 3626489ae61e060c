using System.Runtime.CompilerServices;
using GupSoap.Core.Charging;
using GupSoap.Server.WebConsole;

namespace GupSoap.Tests.Unit.WebConsole;

/// <summary>The console's access history read through the charging records' query interface (TS 23.240 §4.1.9).</summary>
[TestClass]
public sealed class ChargingAccessHistoryTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task ForSubscriber_AsksForTheSubscribersNewestRecords_ShowsWhoWhatOutcome()
    {
        var from = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var records = new RecordedCharging(new ChargingRecord
        {
            Time = from.AddHours(5),
            CorrelationId = "c1",
            Recorder = "gup:rg",
            Operation = "Query",
            RequestorProviderId = "urn:gupsoap:app:demo",
            ApplicationId = "presence-app",
            Subscriber = "sip:alice@example.org",
            ComponentTypes = ["{urn:3gpp:gup:2006-08:presence}PresenceSettings"],
            Outcome = "Failed",
            StatusDetail = "UnauthorizedOperation",
        });

        var history = await new ChargingAccessHistory(records).ForSubscriberAsync("sip:alice@example.org", from, from.AddDays(7), 50, TestContext.CancellationToken);

        Assert.AreEqual(new ChargingQuery { Subscriber = "sip:alice@example.org", Since = from, Until = from.AddDays(7), Limit = 50, NewestFirst = true }, records.Asked);
        Assert.AreEqual(new AccessRecord(from.AddHours(5), "urn:gupsoap:app:demo", "presence-app", "Query at gup:rg", "PresenceSettings", "Failed (UnauthorizedOperation)"), history.Single());
    }

    private sealed class RecordedCharging(params ChargingRecord[] records) : IChargingRecords
    {
        public ChargingQuery? Asked { get; private set; }

        public async IAsyncEnumerable<ChargingRecord> QueryAsync(ChargingQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Asked = query;
            foreach (var record in records)
            {
                await Task.Yield();
                yield return record;
            }
        }
    }
}
