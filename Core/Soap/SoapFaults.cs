using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Soap;

/// <summary>Every fault the pipeline raises, with its texts, in one place.</summary>
public static class SoapFaults
{
    private static readonly XNamespace Sb = Namespaces.SoapBinding;
    private static readonly XNamespace Wsse = Namespaces.WsSecurity;

    public static SoapFault Malformed(string why, int httpStatus = 400) =>
        Client(null, "Malformed request: " + why, StatusCodes.InvalidParameter, null, httpStatus);

    public static SoapFault BodyTooLarge(int limit) =>
        Client(null, $"Request body exceeds {limit} bytes.", StatusCodes.InvalidParameter, null, 413);

    public static SoapFault UnsupportedMediaType(string? mediaType) =>
        Client(null, $"Unsupported media type '{Truncate(mediaType)}': use text/xml (SOAP 1.1) or application/soap+xml (SOAP 1.2).", StatusCodes.InvalidParameter, null, 415);

    public static SoapFault UnsupportedEncoding() =>
        Client(null, "Content-Encoding is not accepted: send the request uncompressed.", StatusCodes.InvalidParameter, null, 415);

    public static SoapFault VersionMismatch(string why) =>
        new(SoapFaultCode.VersionMismatch, null, why, Status.Failed(StatusCodes.InvalidParameter, null, why), 500);

    public static SoapFault MustUnderstand(XName header) =>
        new(SoapFaultCode.MustUnderstand, null, $"Header '{header.LocalName}' ({Truncate(header.NamespaceName)}) is marked mustUnderstand and is not understood.",
            Status.Failed(StatusCodes.InvalidParameter, null, "Header not understood."), 500);

    public static SoapFault UnknownOperation(XName operation) =>
        Client(null, $"Unknown operation '{Truncate(operation.LocalName)}' in namespace '{Truncate(operation.NamespaceName)}'.", StatusCodes.InvalidOperation, null);

    public static SoapFault ActionMismatch(string action, XName operation) =>
        Client(null, $"SOAPAction '{Truncate(action)}' does not match the Body operation '{operation.LocalName}'.", StatusCodes.InvalidParameter, null);

    public static SoapFault InvalidMessage(string why) =>
        Client(null, "Invalid message: " + why, StatusCodes.InvalidParameter, null);

    public static SoapFault FrameworkVersionMismatch(string? version) =>
        Client(Sb + "FrameworkVersionMismatch", $"Framework version '{Truncate(version)}' is not supported; use 2.0.", StatusCodes.InvalidParameter, null);

    public static SoapFault MissingFramework() =>
        Client(Sb + "FrameworkVersionMismatch", "The sbf:Framework header (version 2.0) is required.", StatusCodes.InvalidParameter, null);

    public static SoapFault MissingMessageId() =>
        Client(Sb + "IDStarMsgNotUnderstood", "The wsa:MessageID header is required.", StatusCodes.InvalidParameter, null);

    public static SoapFault MissingSender() =>
        Client(Sb + "ProviderIDNotValid", "The sb:Sender header with a providerID is required.", StatusCodes.InvalidParameter, null);

    public static SoapFault StaleMessage(string why) =>
        Client(Sb + "StaleMsg", "Stale message: " + why, StatusCodes.InvalidParameter, null);

    public static SoapFault DuplicateMessage() =>
        Client(Sb + "DuplicateMsg", "A message with this MessageID was already received.", StatusCodes.InvalidParameter, null);

    public static SoapFault ProcessingContextNotUnderstood(string value) =>
        new(SoapFaultCode.Receiver, Sb + "ProcCtxURINotUnderstood", $"ProcessingContext '{Truncate(value)}' is not understood.",
            Status.Failed(StatusCodes.InvalidParameter, null, "ProcessingContext not understood."), 500);

    public static SoapFault InvalidSecurity(string why) =>
        Client(Wsse + "InvalidSecurity", why, StatusCodes.AuthenticationError, null);

    /// <summary>A refused security check as its WSS fault (PROTOCOL.md "Status": wsse:* faults, AuthenticationError).</summary>
    public static SoapFault Security(Security.SecurityFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind switch
        {
            Core.Security.SecurityFailureKind.InvalidSecurity => Client(Wsse + "InvalidSecurity", failure.Reason, StatusCodes.AuthenticationError, null),
            Core.Security.SecurityFailureKind.InvalidSecurityToken => Client(Wsse + "InvalidSecurityToken", failure.Reason, StatusCodes.AuthenticationError, null),
            Core.Security.SecurityFailureKind.FailedAuthentication => Client(Wsse + "FailedAuthentication", failure.Reason, StatusCodes.AuthenticationError, null),
            _ => Unavailable(failure.Reason),
        };
    }

    public static SoapFault Unavailable(string why) =>
        new(SoapFaultCode.Receiver, null, why, Status.Failed(StatusCodes.DataUnavailable, null, why), 503);

    public static SoapFault Unexpected() =>
        new(SoapFaultCode.Receiver, null, "Unexpected error while processing the request.",
            Status.Failed(StatusCodes.UnexpectedError, null, "Unexpected error."), 500);

    private static SoapFault Client(XName? subcode, string reason, string errorType, string? detail, int httpStatus = 500) =>
        new(SoapFaultCode.Sender, subcode, reason, Status.Failed(errorType, detail, reason), httpStatus);

    public static string Truncate(string? text) =>
        text is null ? "" : XmlTextSanitizer.Clean(text.Length <= 64 ? text : text[..64] + "…");
}
