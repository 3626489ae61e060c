using System.Diagnostics;
using GupSoap.Core.Hosting;

namespace GupSoap.Core.Security;

/// <summary>A replay cache whose every check-and-insert is timed into <see cref="GupMeter.ReplayCheckDuration"/> (failures too: a slow store shows before it fails).</summary>
public sealed class TimedReplayCache(IReplayCache inner) : IReplayCache, IAsyncDisposable
{
    private static readonly KeyValuePair<string, object?> Ok = new("outcome", "ok");
    private static readonly KeyValuePair<string, object?> Error = new("outcome", "error");

    public IReplayCache Inner => inner;

    public async ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = Error;
        try
        {
            var recorded = await inner.TryRecordAsync(scope, id, expiresAt, cancellationToken);
            outcome = Ok;
            return recorded;
        }
        finally
        {
            GupMeter.ReplayCheckDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, outcome);
        }
    }

    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asynchronous:
                await asynchronous.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
