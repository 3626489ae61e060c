using System.Data.Common;
using System.Xml.Linq;

namespace GupSoap.Raf.Notifications;

/// <summary>Rows of a RAF's <c>subscriptions</c> table as every store selects them (<see cref="Columns"/> in that order); times are UTC ticks.</summary>
internal static class SubscriptionRows
{
    public const string Columns = """
        invoke_id, resource_id, component_type, selects, notify_to, subscriber, audience, min_interval_seconds,
        expires_at, status, suspended_reason, created_at, last_notified_at
        """;

    public static Subscription Read(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), XName.Get(reader.GetString(2)), SelectsColumn.Read(reader.GetString(3)), reader.GetString(4),
            reader.GetString(5), reader.GetString(6), reader.GetInt32(7), Time(reader.GetInt64(8)), Time(reader.GetInt64(11)))
        {
            Status = reader.GetString(9),
            SuspendedReason = reader.IsDBNull(10) ? null : reader.GetString(10),
            LastNotifiedAt = reader.IsDBNull(12) ? null : Time(reader.GetInt64(12)),
        };

    /// <summary>The values of an insert in <see cref="Columns"/> order, by parameter name (without prefix).</summary>
    public static (string Name, object? Value)[] Values(Subscription s) =>
    [
        ("i", s.InvokeId), ("r", s.ResourceId), ("t", s.ComponentType.ToString()), ("s", SelectsColumn.Write(s.Selects)), ("n", s.NotifyTo),
        ("sub", s.Subscriber), ("a", s.Audience), ("m", s.MinIntervalSeconds), ("e", s.ExpiresAt.UtcTicks), ("st", s.Status),
        ("sr", s.SuspendedReason), ("c", s.CreatedAt.UtcTicks), ("l", s.LastNotifiedAt?.UtcTicks),
    ];

    public static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);
}
