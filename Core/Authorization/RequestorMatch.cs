using System.Collections.ObjectModel;
using GupSoap.Core.Security;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The requestor part of a rule (TS 23.240 §4.1.4 "requestor"; §4.2.1.4 different criteria for HPLMN and
/// non-HPLMN applications): who it is about, and whether it is only for requestors inside or outside the home network.
/// </summary>
public sealed record RequestorMatch
{
    private RequestorMatch(RequestorKind kind, IReadOnlyList<string> ids, bool? hplmn)
    {
        Kind = kind;
        Ids = ids;
        Hplmn = hplmn;
    }

    public RequestorKind Kind { get; }

    /// <summary>The provider or application ids for <see cref="RequestorKind.ProviderIds"/> and <see cref="RequestorKind.ApplicationIds"/>; empty otherwise.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>True: home-network requestors only; false: requestors outside it only; null: both.</summary>
    public bool? Hplmn { get; }

    public static RequestorMatch Any(bool? hplmn = null) => new(RequestorKind.Any, [], hplmn);

    public static RequestorMatch Subscriber(bool? hplmn = null) => new(RequestorKind.Subscriber, [], hplmn);

    public static RequestorMatch ProviderIds(IEnumerable<string> ids, bool? hplmn = null) =>
        new(RequestorKind.ProviderIds, Listed(ids), hplmn);

    public static RequestorMatch ApplicationIds(IEnumerable<string> ids, bool? hplmn = null) =>
        new(RequestorKind.ApplicationIds, Listed(ids), hplmn);

    /// <summary>True when the rule is about <paramref name="who"/> asking for the profile of <paramref name="resourceId"/>; ids compare ordinally.</summary>
    public bool Matches(RequestorContext who, string resourceId)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(resourceId);
        if (Hplmn is { } hplmn && hplmn != who.Hplmn)
        {
            return false;
        }

        return Kind switch
        {
            RequestorKind.Any => true,
            RequestorKind.ProviderIds => Contains(who.ProviderId),
            RequestorKind.ApplicationIds => who.ApplicationId is { } application && Contains(application),
            RequestorKind.Subscriber => who.SubscriberId is { } subscriber && string.Equals(subscriber, resourceId, StringComparison.Ordinal),
            _ => false,
        };
    }

    public bool Equals(RequestorMatch? other) =>
        other is not null && Kind == other.Kind && Hplmn == other.Hplmn && Ids.SequenceEqual(other.Ids, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Hplmn, Ids.Count);

    private bool Contains(string id)
    {
        foreach (var listed in Ids)
        {
            if (string.Equals(listed, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlyCollection<string> Listed(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var listed = ids.ToArray();
        if (listed.Length == 0 || listed.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("At least one id, none empty.", nameof(ids));
        }

        return listed.AsReadOnly();
    }
}
