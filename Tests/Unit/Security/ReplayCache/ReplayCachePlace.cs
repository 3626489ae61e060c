using GupSoap.Core.Security;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

/// <summary>Replay caches of one kind on one file or schema, sharing one hand-moved clock; closes them all and removes the place.</summary>
internal sealed class ReplayCachePlace : IAsyncDisposable
{
    private readonly ReplayCacheFiles _files = new();
    private readonly StorePlace _place;
    private readonly List<IReplayCache> _open = [];

    private ReplayCachePlace(StorePlace place) => _place = place;

    public ManualTimeProvider Time => _files.Time;

    public static Task<ReplayCachePlace> CreateAsync(StoreKind kind) => Task.FromResult(new ReplayCachePlace(StorePlace.Create(kind)));

    /// <summary>Another cache on the same store (another process, or a restart).</summary>
    public async Task<IReplayCache> OpenAsync()
    {
        if (_place.Schema is null)
        {
            var sqlite = _files.Open();
            _open.Add(sqlite);
            return sqlite;
        }

        var postgres = new PostgresReplayCache(_place.Database, _place.Schema, Time);
        await postgres.InitializeAsync(CancellationToken.None);
        _open.Add(postgres);
        return postgres;
    }

    public async Task CloseAsync(IReplayCache cache)
    {
        _open.Remove(cache);
        if (cache is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cache in _open.ToList())
        {
            await CloseAsync(cache);
        }

        await _place.DisposeAsync();
        _files.Dispose();
    }
}
