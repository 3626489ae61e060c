namespace GupSoap.Core.Charging;

/// <summary>
/// Which charging records to read: a time range (<see cref="Since"/> inclusive, <see cref="Until"/> exclusive) and
/// optionally one subscriber, one application or one correlation id. A subscriber's access history (privacy audit,
/// TS 23.240 §4.1.9) is <c>new ChargingQuery { Subscriber = id }</c>.
/// </summary>
public sealed record ChargingQuery
{
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public string? Subscriber { get; init; }

    /// <summary>The application id, or the requestor's providerID when the token names no application.</summary>
    public string? Application { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>At most this many records; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Newest first (a console page) instead of oldest first (an export).</summary>
    public bool NewestFirst { get; init; }
}
