namespace GupSoap.Core.Saml;

/// <summary>
/// SAML attribute names our own tokens carry (GUP Server to RAF, redirect, Discovery): who the original requestor is and
/// what the token is scoped to. Read only from assertions whose issuer is trusted for them.
/// </summary>
public static class GupAttributes
{
    private const string Prefix = "urn:gupsoap:attribute:";

    /// <summary>The original requestor's providerID, set by an intermediary (the GUP Server).</summary>
    public const string Requestor = Prefix + "requestor";

    public const string ApplicationId = Prefix + "application-id";

    public const string Subscriber = Prefix + "subscriber";

    /// <summary><c>true</c> when the original requestor is inside the home network.</summary>
    public const string Hplmn = Prefix + "hplmn";

    /// <summary>
    /// <c>true</c> on tokens one service of this deployment presents to another (GUP Server to RAF, notifications,
    /// registration at Discovery). Only these may use the loopback exception to TLS; tokens handed to applications
    /// (redirect, Discovery) never carry it.
    /// </summary>
    public const string ServiceCall = Prefix + "service-call";

    public const string ScopeResource = Prefix + "scope:resource";

    /// <summary>Component types as <c>{namespace}local</c>; one value each.</summary>
    public const string ScopeComponentType = Prefix + "scope:component-type";

    /// <summary>Operation names (Rp or Rg local names); one value each.</summary>
    public const string ScopeOperation = Prefix + "scope:operation";
}
