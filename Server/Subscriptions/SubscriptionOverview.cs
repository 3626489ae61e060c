namespace GupSoap.Server.Subscriptions;

/// <summary>
/// An application subscription with how its notifications fare (the console's subscriber page): what waits in the
/// relay outbox, the failed attempts of what is not yet delivered and the last error, and the last delivery.
/// </summary>
/// <param name="Pending">Notifications waiting to be delivered (first attempt or retry).</param>
/// <param name="FailedAttempts">Failed attempts of the notifications not delivered yet (pending or parked).</param>
/// <param name="LastError">The most recent of their errors, if any.</param>
/// <param name="LastDelivery">When a notification of this subscription was last delivered, if ever.</param>
/// <param name="Delivered">Notifications delivered so far.</param>
public sealed record SubscriptionOverview(AppSubscription Subscription, int Pending, int FailedAttempts, string? LastError, DateTimeOffset? LastDelivery, long Delivered)
{
    /// <summary>The overview columns after <see cref="AppSubscriptionRow.Columns"/>, for a query over <c>{schema}app_subscriptions s</c>.</summary>
    internal static string Columns(string schema) => $"""
        (SELECT COUNT(*) FROM {schema}gup_outbox o WHERE o.invoke_id = s.invoke_id AND o.state = 'pending'),
        (SELECT COALESCE(SUM(o.attempts), 0) FROM {schema}gup_outbox o WHERE o.invoke_id = s.invoke_id),
        (SELECT o.last_error FROM {schema}gup_outbox o WHERE o.invoke_id = s.invoke_id AND o.last_error IS NOT NULL ORDER BY o.sequence DESC LIMIT 1),
        (SELECT d.last_delivered_at FROM {schema}subscription_deliveries d WHERE d.invoke_id = s.invoke_id),
        (SELECT d.delivered FROM {schema}subscription_deliveries d WHERE d.invoke_id = s.invoke_id)
        """;

    internal static SubscriptionOverview Read(System.Data.Common.DbDataReader reader)
    {
        var subscription = AppSubscriptionRow.Read(reader);
        const int First = 10;
        return new SubscriptionOverview(subscription,
            Convert.ToInt32(reader.GetValue(First), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(reader.GetValue(First + 1), System.Globalization.CultureInfo.InvariantCulture),
            reader.IsDBNull(First + 2) ? null : reader.GetString(First + 2),
            reader.IsDBNull(First + 3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(First + 3)),
            reader.IsDBNull(First + 4) ? 0 : reader.GetInt64(First + 4));
    }
}
