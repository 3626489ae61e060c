using GupSoap.Core.Charging;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// A subscriber's access history from the charging records (TS 23.240 §4.1.9): every operation on the profile that
/// reached this deployment, console actions included, read through <see cref="IChargingRecords"/> newest first.
/// </summary>
internal sealed class ChargingAccessHistory(IChargingRecords records) : IAccessHistory
{
    public async Task<IReadOnlyList<AccessRecord>> ForSubscriberAsync(string resourceId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        var query = new ChargingQuery { Subscriber = resourceId, Since = from, Until = to, Limit = limit, NewestFirst = true };
        var found = new List<AccessRecord>();
        await foreach (var record in records.QueryAsync(query, cancellationToken))
        {
            found.Add(ToAccess(record));
        }

        return found;
    }

    public static AccessRecord ToAccess(ChargingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var what = string.Join(", ", record.ComponentTypes.Select(LocalName));
        var outcome = record.StatusDetail is null ? record.Outcome : $"{record.Outcome} ({record.StatusDetail})";
        return new AccessRecord(record.Time, record.RequestorProviderId ?? "-", record.ApplicationId, $"{record.Operation} at {record.Recorder}", what,
            record.Limit is null ? outcome : $"{outcome}, limit {record.Limit}");
    }

    /// <summary>The local part of a Clark name <c>{namespace}local</c>.</summary>
    private static string LocalName(string clark) => clark[(clark.LastIndexOf('}') + 1)..];
}
