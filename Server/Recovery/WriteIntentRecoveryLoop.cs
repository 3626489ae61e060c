using GupSoap.Core.Hosting;
using GupSoap.Server.Routing;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Recovery;

/// <summary>
/// Runs <see cref="WriteIntentRecovery"/> once the server has started and then every <c>Gup:Rg:RecoveryInterval</c>,
/// and reports how many write intents are undecided (<c>gupsoap_write_intents_pending</c>).
/// </summary>
internal sealed class WriteIntentRecoveryLoop : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly WriteIntentRecovery _recovery;
    private readonly IWriteIntentJournal _journal;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private long _pending;

    public WriteIntentRecoveryLoop(WriteIntentRecovery recovery, IWriteIntentJournal journal, TimeProvider time, TimeSpan interval, ILogger logger)
    {
        _recovery = recovery;
        _journal = journal;
        _time = time;
        _interval = interval;
        _logger = logger;
        GupMeter.Meter.CreateObservableGauge("gupsoap_write_intents_pending", () => Interlocked.Read(ref _pending),
            description: "Multi-repository writes undecided: in flight, or awaiting recovery.");
    }

    public void Start() => _ = Task.Run(() => RunAsync(_stop.Token));

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        try
        {
            do
            {
                await PassAsync(cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: an intent taken over now is taken over again after its lease.
        }
    }

    private async Task PassAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _recovery.RecoverDueAsync(_time.GetUtcNow(), cancellationToken);
            Interlocked.Exchange(ref _pending, await _journal.CountAsync(cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Recovering unfinished multi-repository writes failed; trying again in {Interval}", _interval);
        }
    }
}
