using System.Collections.Concurrent;
using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// Tokens we issued, kept for reuse while they have at least <c>renewal</c> left: signing costs ~0.4 ms, so a token is
/// issued once per key (audience, requestor, scope…) and its lifetime, not per message. The tokens handed out are
/// shared: callers only write them out. Bounded: at <c>capacity</c> entries the cache starts over.
/// </summary>
public sealed class IssuedTokenCache(AssertionIssuer issuer, TimeProvider time, TimeSpan lifetime, TimeSpan renewal, int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, (XElement Token, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    /// <summary>The cached token for <paramref name="key"/>, or a new one from <paramref name="describe"/> (issued for <see cref="Lifetime"/>).</summary>
    public XElement Get(string key, Func<AssertionDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var now = time.GetUtcNow();
        if (_tokens.TryGetValue(key, out var cached) && cached.Expires - now >= renewal)
        {
            return cached.Token;
        }

        if (_tokens.Count >= capacity)
        {
            _tokens.Clear();
        }

        cached = (issuer.Issue(describe() with { Lifetime = lifetime }), now + lifetime);
        _tokens[key] = cached;
        return cached.Token;
    }
}
