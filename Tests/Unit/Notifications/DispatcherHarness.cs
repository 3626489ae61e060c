using GupSoap.Core.Notifications;
using GupSoap.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>
/// A dispatcher over an in-memory outbox and a scripted sender on a hand-moved clock. The poll interval is an hour, so
/// the outbox is looked at only on start, <see cref="NotificationDispatcher.Wake"/> and when a lane goes idle.
/// </summary>
internal sealed class DispatcherHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DispatcherHarness(double jitter = 0.5, Action<DeliveryOptions>? configure = null)
    {
        Options = new DeliveryOptions
        {
            PollInterval = TimeSpan.FromHours(1),
            BaseBackoff = TimeSpan.FromSeconds(1),
            MaxBackoff = TimeSpan.FromMinutes(1),
            MaxAttempts = 3,
            DrainTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(Options);
        Dispatcher = new NotificationDispatcher(Outbox, Sender, Options, Time, NullLogger<NotificationDispatcher>.Instance, new FixedRandom(jitter));
    }

    public InMemoryOutbox Outbox { get; } = new();

    public ScriptedSender Sender { get; } = new();

    public ManualTimeProvider Time { get; } = new(Start);

    public DeliveryOptions Options { get; }

    public NotificationDispatcher Dispatcher { get; }

    public int DeliveredCount => Outbox.Read(o => o.Delivered.Count);

    /// <summary>Asks for a look and completes once one has happened after the request.</summary>
    public async Task LookAgainAsync()
    {
        var before = Outbox.Read(o => o.Looks);
        Dispatcher.Wake();
        await Outbox.WaitUntilAsync(() => Outbox.Looks > before);
    }

    public ValueTask DisposeAsync() => Dispatcher.DisposeAsync();
}
