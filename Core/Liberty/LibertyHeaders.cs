using System.Xml.Linq;

namespace GupSoap.Core.Liberty;

/// <summary>The Liberty SOAP Binding 2.0 and WS-Addressing header values of one request (PROTOCOL.md "Headers").</summary>
public sealed record LibertyHeaders
{
    public string? FrameworkVersion { get; init; }
    public bool HasFramework { get; init; }
    public string? SenderProviderId { get; init; }
    public string? SenderAffiliationId { get; init; }
    public string? MessageId { get; init; }
    public string? Action { get; init; }
    public string? To { get; init; }
    public string? ProcessingContext { get; init; }
    public DateTimeOffset? TimestampCreated { get; init; }
    public DateTimeOffset? TimestampExpires { get; init; }
    public bool HasTimestamp { get; init; }

    /// <summary>The <c>wsse:Security</c> header as received, for the security layer; never re-parsed.</summary>
    public XElement? Security { get; init; }

    public XElement? TargetIdentity { get; init; }
}
