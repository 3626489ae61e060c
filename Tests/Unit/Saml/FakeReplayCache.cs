using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Saml;

/// <summary>An in-memory replay cache for tests: records what it is asked, can be told to fail like a store that is down.</summary>
internal sealed class FakeReplayCache : IReplayCache
{
    private readonly Dictionary<(string Scope, string Id), DateTimeOffset> _entries = [];

    public bool Broken { get; set; }

    public IReadOnlyDictionary<(string Scope, string Id), DateTimeOffset> Entries => _entries;

    public ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (Broken)
        {
            throw new InvalidOperationException("The replay store is down.");
        }

        lock (_entries)
        {
            return ValueTask.FromResult(_entries.TryAdd((scope, id), expiresAt));
        }
    }
}
