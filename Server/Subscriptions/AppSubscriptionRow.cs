using System.Data.Common;
using System.Globalization;

namespace GupSoap.Server.Subscriptions;

/// <summary>An <c>app_subscriptions</c> row as both stores select it (<see cref="Columns"/> in that order).</summary>
internal static class AppSubscriptionRow
{
    public const string Columns = "invoke_id, requestor, resource, selects, notify_to, expires_at, min_interval, status, reason, initial_values";

    /// <summary><see cref="Columns"/> of the table aliased <c>s</c>.</summary>
    public static readonly string Qualified = string.Join(", ", Columns.Split(", ").Select(c => "s." + c));

    public static AppSubscription Read(DbDataReader reader)
    {
        var invokeId = reader.GetString(0);
        return new AppSubscription
        {
            InvokeId = invokeId,
            Requestor = StoredRequestor.Read(reader.GetString(1), invokeId),
            ResourceId = reader.GetString(2),
            Selects = StoredSelects.Read(reader.GetString(3)),
            NotifyTo = reader.GetString(4),
            ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
            MinIntervalSeconds = reader.GetInt32(6),
            Status = reader.GetString(7),
            Reason = reader.IsDBNull(8) ? null : reader.GetString(8),
            InitialValues = Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture) != 0,
        };
    }

    /// <summary>The values of an insert, by parameter name (without prefix).</summary>
    public static (string Name, object? Value)[] Values(AppSubscription subscription) =>
    [
        ("id", subscription.InvokeId),
        ("provider", subscription.Requestor.ProviderId),
        ("requestor", StoredRequestor.Write(subscription.Requestor)),
        ("resource", subscription.ResourceId),
        ("selects", StoredSelects.Write(subscription.Selects)),
        ("notify", subscription.NotifyTo),
        ("expires", subscription.ExpiresAt.ToUnixTimeMilliseconds()),
        ("interval", subscription.MinIntervalSeconds),
        ("initial", subscription.InitialValues ? 1 : 0),
        ("status", subscription.Status),
    ];
}
