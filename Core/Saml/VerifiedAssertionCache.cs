using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// Remembers assertions whose structure, issuer and signature have been verified, so a bearer token presented again
/// (an application's token on every request, the GUP Server's token on every Rp call) is not verified again: a
/// signature check costs ~120 µs and ~110 KB, the key ~15 µs. The key is the SHA-256 of the element's exact
/// serialization preceded by every namespace binding in scope — everything exclusive canonicalization can depend on —
/// so any change to the assertion or to the context that gives it meaning is a different key and a full check.
/// Time, audience, confirmation and one-time use are still checked on every request by the validator.
/// </summary>
public sealed class VerifiedAssertionCache(int capacity = VerifiedAssertionCache.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private static readonly XmlWriterSettings KeySettings = new() { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, Indent = false };

    private readonly ConcurrentDictionary<string, (SamlAssertion Assertion, TrustedIssuer Issuer)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public static string KeyOf(XElement assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in assertion.AncestorsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration))
        {
            var prefix = declaration.Name.Namespace == XNamespace.None ? "" : declaration.Name.LocalName;
            if (seen.Add(prefix))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(prefix + "=" + declaration.Value + "\n"));
            }
        }

        using (var writer = XmlWriter.Create(new HashingStream(hash), KeySettings))
        {
            assertion.WriteTo(writer);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

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
