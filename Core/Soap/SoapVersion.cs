using GupSoap.Contracts;

namespace GupSoap.Core.Soap;

/// <summary>SOAP 1.1 (<c>text/xml</c>) and SOAP 1.2 (<c>application/soap+xml</c>); both are accepted (PROTOCOL.md).</summary>
public enum SoapVersion
{
    Soap11,
    Soap12,
}

public static class SoapVersionExtensions
{
    public static string EnvelopeNamespace(this SoapVersion version) =>
        version == SoapVersion.Soap11 ? Namespaces.Soap11 : Namespaces.Soap12;

    public static string MediaType(this SoapVersion version) =>
        version == SoapVersion.Soap11 ? "text/xml" : "application/soap+xml";

    /// <summary>The version announced by a request's media type, or null when it is not a SOAP media type.</summary>
    public static SoapVersion? FromMediaType(string? mediaType) => mediaType?.Trim().ToLowerInvariant() switch
    {
        "text/xml" => SoapVersion.Soap11,
        "application/soap+xml" => SoapVersion.Soap12,
        _ => null,
    };
}
