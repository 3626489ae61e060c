namespace GupSoap.Core.Security;

/// <summary>Why a request's security could not be accepted; mapped to a WSS SOAP fault in one place (SoapFaults).</summary>
public enum SecurityFailureKind
{
    /// <summary><c>wsse:InvalidSecurity</c>: the Security header itself is malformed or incomplete (e.g. missing Timestamp, wrong mechanism).</summary>
    InvalidSecurity,

    /// <summary><c>wsse:InvalidSecurityToken</c>: the assertion is malformed, unsigned, badly signed, or its structure is unacceptable.</summary>
    InvalidSecurityToken,

    /// <summary><c>wsse:FailedAuthentication</c>: a well-formed token that does not authenticate this request (issuer, time, audience, replay, proof).</summary>
    FailedAuthentication,

    /// <summary>A check that cannot be made right now (replay cache down): refused, fail closed (HTTP 503).</summary>
    Unavailable,
}

/// <summary>A refused security check: its kind and a short reason that never quotes secrets or personal data.</summary>
public sealed record SecurityFailure(SecurityFailureKind Kind, string Reason)
{
    public static SecurityFailure InvalidSecurity(string reason) => new(SecurityFailureKind.InvalidSecurity, reason);

    public static SecurityFailure InvalidToken(string reason) => new(SecurityFailureKind.InvalidSecurityToken, reason);

    public static SecurityFailure Failed(string reason) => new(SecurityFailureKind.FailedAuthentication, reason);

    public static SecurityFailure Unavailable(string reason) => new(SecurityFailureKind.Unavailable, reason);
}
