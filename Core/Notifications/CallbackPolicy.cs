namespace GupSoap.Core.Notifications;

/// <summary>
/// Where and how notification callbacks may be called (SECURITY.md A1–A4); bound from <c>Gup:Notifications</c>.
/// </summary>
public sealed class CallbackPolicy
{
    /// <summary>
    /// Host names or IP literals, optionally with <c>:port</c> (<c>[v6]:port</c> for IPv6), that may be called even
    /// though they are loopback or private. Empty by default: only public addresses are called (A1).
    /// </summary>
    public string[] AllowedCallbackHosts { get; set; } = [];

    /// <summary>Longest one delivery attempt may take, connect to last response byte (A4 tarpit).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest response body read from a callback; a bigger one fails the attempt (A4).</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>This policy with one more allowed host (e.g. a process's own callback address), everything else kept.</summary>
    public CallbackPolicy AllowingAlso(string host) => new()
    {
        AllowedCallbackHosts = [.. AllowedCallbackHosts, host],
        AttemptTimeout = AttemptTimeout,
        MaxResponseBytes = MaxResponseBytes,
        ConnectTimeout = ConnectTimeout,
    };
}
