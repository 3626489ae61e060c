namespace GupSoap.Server.Routing;

/// <summary>Timing and size bounds of the GUP Server's calls over Rp (configuration section <c>Gup:Rp</c>).</summary>
public sealed class RpClientOptions
{
    /// <summary>Longest one Rp call may take before its RAF counts as unavailable.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Longest one Rg request may spend on all its Rp calls together; what is late is reported, not awaited.</summary>
    public TimeSpan RequestDeadline { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest RAF answer read; a bigger one is refused like any oversized untrusted input (SECURITY.md R6).</summary>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Calls to one RAF stop for <see cref="BreakDuration"/> once at least half of the recent ones failed.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    public int BreakMinimumThroughput { get; set; } = 20;

    /// <summary>Call RAFs hosted in this process directly (default); false sends those calls over SOAP/HTTP too.</summary>
    public bool InProcess { get; set; } = true;
}
