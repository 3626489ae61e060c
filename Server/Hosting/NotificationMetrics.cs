using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GupSoap.Core.Hosting;
using GupSoap.Core.Notifications;

namespace GupSoap.Server.Hosting;

/// <summary>The notification dispatchers of this process as observable counters and a backlog gauge, labelled with their outbox.</summary>
internal sealed class NotificationMetrics
{
    private readonly ConcurrentDictionary<string, NotificationDispatcher> _dispatchers = new(StringComparer.Ordinal);

    public NotificationMetrics()
    {
        GupMeter.Meter.CreateObservableCounter("gupsoap_notifications_delivered_total", () => Measure(d => d.DeliveredCount), description: "Notifications delivered, by outbox.");
        GupMeter.Meter.CreateObservableCounter("gupsoap_notification_attempts_failed_total", () => Measure(d => d.FailedAttempts), description: "Failed delivery attempts (retried or given up), by outbox.");
        GupMeter.Meter.CreateObservableCounter("gupsoap_notifications_given_up_total", () => Measure(d => d.GivenUpCount), description: "Notifications given up, each suspending its subscription, by outbox.");
        GupMeter.Meter.CreateObservableGauge("gupsoap_notifications_backlog", () => Measure(d => d.Backlog), description: "Notifications taken for delivery and not yet delivered or given up (queued, awaiting a retry, in flight), by outbox.");
    }

    public void Add(string outbox, NotificationDispatcher dispatcher) => _dispatchers[outbox] = dispatcher;

    private IEnumerable<Measurement<long>> Measure(Func<NotificationDispatcher, long> counter) =>
        _dispatchers.Select(d => new Measurement<long>(counter(d.Value), new KeyValuePair<string, object?>("outbox", d.Key)));
}
