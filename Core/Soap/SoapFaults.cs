using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Soap;

/// <summary>
/// Every fault the pipeline raises, with its texts, in one place. A text names what was wrong and how to put it right;
/// each fault carries the reason code (<see cref="SoapFault.Refusal"/>) its refusal is logged and counted under.
/// </summary>
public static class SoapFaults
{
    private static readonly XNamespace Sb = Namespaces.SoapBinding;
    private static readonly XNamespace Wsse = Namespaces.WsSecurity;

    public static SoapFault Malformed(string why, int httpStatus = 400) =>
        Client(null, "Malformed request: " + why, StatusCodes.InvalidParameter, "malformed", httpStatus);

    public static SoapFault BodyTooLarge(int limit) =>
        Client(null, $"Request body exceeds {limit} bytes (Gup:Xml:MaxBodyBytes).", StatusCodes.InvalidParameter, "too-large", 413);

    public static SoapFault UnsupportedMediaType(string? mediaType) =>
        Client(null, $"Unsupported media type '{Truncate(mediaType)}': use text/xml (SOAP 1.1) or application/soap+xml (SOAP 1.2).", StatusCodes.InvalidParameter, "media-type", 415);

    public static SoapFault UnsupportedEncoding() =>
        Client(null, "Content-Encoding is not accepted: send the request uncompressed.", StatusCodes.InvalidParameter, "encoding", 415);

    public static SoapFault VersionMismatch(string why) =>
        new(SoapFaultCode.VersionMismatch, null, why, Status.Failed(StatusCodes.InvalidParameter, null, why), Refusal: "version-mismatch");

    public static SoapFault MustUnderstand(XName header) =>
        new(SoapFaultCode.MustUnderstand, null, $"Header '{header.LocalName}' ({Truncate(header.NamespaceName)}) is marked mustUnderstand and is not understood.",
            Status.Failed(StatusCodes.InvalidParameter, null, "Header not understood."), Refusal: "must-understand");

    public static SoapFault UnknownOperation(XName operation) =>
        Client(null, $"Unknown operation '{Truncate(operation.LocalName)}' in namespace '{Truncate(operation.NamespaceName)}': this endpoint's WSDL (?wsdl) lists its operations.",
            StatusCodes.InvalidOperation, "unknown-operation");

    /// <summary>
    /// The action a request announces (<paramref name="source"/>: the SOAPAction header, the SOAP 1.2 <c>action</c>
    /// media-type parameter or wsa:Action) names another operation than its Body (SECURITY.md P14).
    /// </summary>
    public static SoapFault ActionMismatch(string source, string action, XName operation, string expected) =>
        Client(null, $"{source} '{Truncate(action)}' does not match the Body operation '{operation.LocalName}': expected '{expected}'.",
            StatusCodes.InvalidParameter, "action-mismatch");

    public static SoapFault InvalidMessage(string why) =>
        Client(null, "Invalid message: " + why, StatusCodes.InvalidParameter, "invalid-message");

    public static SoapFault FrameworkVersionMismatch(string? version) =>
        Client(Sb + "FrameworkVersionMismatch", $"Framework version '{Truncate(version)}' is not supported; use 2.0.", StatusCodes.InvalidParameter, "framework");

    public static SoapFault MissingFramework() =>
        Client(Sb + "FrameworkVersionMismatch", "The sbf:Framework header (version 2.0) is required.", StatusCodes.InvalidParameter, "framework");

    public static SoapFault MissingMessageId() =>
        Client(Sb + "IDStarMsgNotUnderstood", "The wsa:MessageID header is required.", StatusCodes.InvalidParameter, "missing-header");

    public static SoapFault MissingSender() =>
        Client(Sb + "ProviderIDNotValid", "The sb:Sender header with a providerID is required.", StatusCodes.InvalidParameter, "missing-header");

    public static SoapFault StaleMessage(string why) =>
        Client(Sb + "StaleMsg", "Stale message: " + why, StatusCodes.InvalidParameter, "stale");

    public static SoapFault DuplicateMessage() =>
        Client(Sb + "DuplicateMsg", "A message with this MessageID was already received: send every request with a fresh wsa:MessageID.", StatusCodes.InvalidParameter, "duplicate");

    public static SoapFault ProcessingContextNotUnderstood(string value) =>
        new(SoapFaultCode.Receiver, Sb + "ProcCtxURINotUnderstood", $"ProcessingContext '{Truncate(value)}' is not understood.",
            Status.Failed(StatusCodes.InvalidParameter, null, "ProcessingContext not understood."), Refusal: "processing-context");

    public static SoapFault InvalidSecurity(string why) =>
        Client(Wsse + "InvalidSecurity", why, StatusCodes.AuthenticationError, "security");

    /// <summary>A request without any <c>wsse:Security</c> header: said as such, not as the Timestamp it also lacks.</summary>
    public static SoapFault MissingSecurity() =>
        InvalidSecurity("A wsse:Security header is required: it carries a wsu:Timestamp and one signed SAML 2.0 assertion (the token command mints one).");

    /// <summary>A refused security check as its WSS fault (PROTOCOL.md "Status": wsse:* faults, AuthenticationError).</summary>
    public static SoapFault Security(Security.SecurityFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind switch
        {
            Core.Security.SecurityFailureKind.InvalidSecurity => Client(Wsse + "InvalidSecurity", failure.Reason, StatusCodes.AuthenticationError, "security"),
            Core.Security.SecurityFailureKind.InvalidSecurityToken => Client(Wsse + "InvalidSecurityToken", failure.Reason, StatusCodes.AuthenticationError, "security"),
            Core.Security.SecurityFailureKind.FailedAuthentication => Client(Wsse + "FailedAuthentication", failure.Reason, StatusCodes.AuthenticationError, "security"),
            _ => Unavailable(failure.Reason),
        };
    }

    public static SoapFault Unavailable(string why) =>
        new(SoapFaultCode.Receiver, null, why, Status.Failed(StatusCodes.DataUnavailable, null, why), 503, "unavailable");

    /// <summary>
    /// Load control refused the request (TS 23.240 §4.1.4, §4.2.1): HTTP 503 with <c>Retry-After</c>, the limit named,
    /// nothing done. WCF clients raise <c>ServerTooBusyException</c> on it.
    /// </summary>
    public static SoapFault Limited(string limit, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var why = $"Load control: limit '{limit}' reached; nothing was done; retry after {seconds} s.";
        return new SoapFault(SoapFaultCode.Receiver, null, why, Status.Failed(StatusCodes.DataUnavailable, null, why), 503, "limited")
        {
            RetryAfter = TimeSpan.FromSeconds(seconds),
        };
    }

    /// <summary>A request larger than an operation's size limit (TS 23.240 §4.2.1): retrying cannot help, so a client fault.</summary>
    public static SoapFault OverSizeLimit(string limit, string why) =>
        Client(null, $"Size limit '{limit}': {why} Nothing was done.", StatusCodes.InvalidParameter, "limited");

    public static SoapFault Unexpected() =>
        new(SoapFaultCode.Receiver, null, "Unexpected error while processing the request.",
            Status.Failed(StatusCodes.UnexpectedError, null, "Unexpected error."), Refusal: "unexpected");

    private static SoapFault Client(XName? subcode, string reason, string errorType, string refusal, int? httpStatus = null) =>
        new(SoapFaultCode.Sender, subcode, reason, Status.Failed(errorType, null, reason), httpStatus, refusal);

    public static string Truncate(string? text) =>
        text is null ? "" : XmlTextSanitizer.Clean(text.Length <= 64 ? text : text[..64] + "…");
}
