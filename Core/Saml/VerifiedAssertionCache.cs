using System.Collections.Concurrent;
using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// Remembers assertions whose structure, issuer and signature have been verified, so a bearer token presented again
/// (an application's token on every request, the GUP Server's token on every Rp call) is not verified again: a
/// signature check costs ~120 µs and ~110 KB, the key a few µs. The key is the <see cref="XmlFingerprint"/> of the
/// element: every node and every namespace binding in scope — everything exclusive canonicalization can depend on —
/// so any change to the assertion or to the context that gives it meaning is a different key and a full check.
/// Time, audience, confirmation and one-time use are still checked on every request by the validator.
/// </summary>
public sealed class VerifiedAssertionCache(int capacity = VerifiedAssertionCache.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly ConcurrentDictionary<string, (SamlAssertion Assertion, TrustedIssuer Issuer)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public static string KeyOf(XElement assertion) => XmlFingerprint.Of(assertion);

    public bool TryGet(string key, out SamlAssertion assertion, out TrustedIssuer issuer)
    {
        var found = _entries.TryGetValue(key, out var entry);
        (assertion, issuer) = found ? entry : (null!, null!);
        return found;
    }

    public void Add(string key, SamlAssertion assertion, TrustedIssuer issuer)
    {
        if (_entries.Count >= capacity)
        {
            // Cheap and bounded: forgetting only costs the next presentation of each token one full check.
            _entries.Clear();
        }

        _entries[key] = (assertion, issuer);
    }
}
