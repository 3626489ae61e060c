namespace GupSoap.Core.Liberty;

/// <summary>SOAP-binding rules; bound from <c>Gup:Soap</c> (skew from <c>Gup:Security:ClockSkewSeconds</c>).</summary>
public sealed class LibertyOptions
{
    /// <summary>Allowed clock difference between sender and us. Default 60 s; capped at 120 s (SECURITY.md S11).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a MessageID is remembered, and the oldest acceptable wsu:Created (SB 2.0 freshness).</summary>
    public TimeSpan FreshnessWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether a request without <c>wsu:Timestamp</c> is refused as stale (on by default: SECURITY.md S15).</summary>
    public bool RequireTimestamp { get; set; } = true;

    /// <summary>Most MessageIDs the in-memory duplicate store remembers; beyond it requests are refused (fail closed).</summary>
    public int MessageIdCapacity { get; set; } = InMemoryMessageIdStore.DefaultCapacity;

    /// <summary>Whether <c>sb:Sender</c> is required (PROTOCOL.md: on Rg, Rp and CM).</summary>
    public bool RequireSender { get; set; } = true;
}
