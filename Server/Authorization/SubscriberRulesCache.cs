using System.Collections.Concurrent;
using System.Xml.Linq;
using GupSoap.Core.Authorization;

namespace GupSoap.Server.Authorization;

/// <summary>
/// The subscribers' rules as read from their RAF, kept per resource so an unchanged rules document is not read into
/// rules again on every request (TS 23.240 §4.1.4). Each request still fetches the document as it is stored now; the
/// cached rules are used only when that document is node for node the one they were read from, so a change
/// acknowledged to its writer governs the very next request. Bounded: when full it starts over.
/// </summary>
public sealed class SubscriberRulesCache(int capacity = SubscriberRulesCache.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, (XElement Document, AuthorizationRules Rules)> _entries = new(StringComparer.Ordinal);

    /// <summary>The rules of <paramref name="document"/>, the resource's rules component as just read.</summary>
    public (AuthorizationRules? Rules, string? Error) Read(string resourceId, XElement document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_entries.TryGetValue(resourceId, out var cached) && XNode.DeepEquals(cached.Document, document))
        {
            return (cached.Rules, null);
        }

        var (rules, error) = AuthorizationRules.Read(document);
        if (rules is not null)
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }

            _entries[resourceId] = (document, rules);
        }

        return (rules, error);
    }
}
