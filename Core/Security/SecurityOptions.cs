namespace GupSoap.Core.Security;

/// <summary>Message security settings, bound from <c>Gup:Security</c> (PROTOCOL.md "Identities and configuration keys").</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Development only: accept tokens over plain HTTP from a loopback peer (Liberty <c>null:Bearer</c>). Off by
    /// default; a non-loopback peer never gets it.
    /// </summary>
    public bool AllowNullBearer { get; set; }

    /// <summary>Refuse Rp requests that do not come over TLS with a pinned client certificate (<c>ClientTLS:Bearer</c>).</summary>
    public bool RpRequiresClientTls { get; set; }
}
