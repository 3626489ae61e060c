using System.Xml.Serialization;

namespace GupSoap.Contracts.Liberty;

/// <summary>Liberty Utility 2.0 <c>lu:Status</c>: a code, an optional comment and nested detail statuses.</summary>
[XmlType("Status", Namespace = Namespaces.LibertyUtility)]
[XmlRoot("Status", Namespace = Namespaces.LibertyUtility)]
public sealed class Status
{
    [XmlElement("Status")]
    public Status[]? Details { get; set; }

    [XmlAttribute("code")]
    public string Code { get; set; } = StatusCodes.Ok;

    [XmlAttribute("ref")]
    public string? Ref { get; set; }

    [XmlAttribute("comment")]
    public string? Comment { get; set; }

    public static Status Ok() => new() { Code = StatusCodes.Ok };

    /// <summary>Top-level <c>Failed</c> carrying the TS 23.240 error type and, optionally, the DST detail code.</summary>
    public static Status Failed(string errorType, string? detail, string comment) => new()
    {
        Code = StatusCodes.Failed,
        Comment = comment,
        Details = [Nested(errorType, detail)],
    };

    public static Status Nested(string errorType, string? detail) => new()
    {
        Code = errorType,
        Details = detail is null ? null : [new Status { Code = detail }],
    };

    /// <summary>The TS 23.240 error type (second level), when this is a failure.</summary>
    [XmlIgnore]
    public string? ErrorType => Details is { Length: > 0 } d ? d[0].Code : null;

    /// <summary>The DST detail code (third level), when present.</summary>
    [XmlIgnore]
    public string? Detail => Details is { Length: > 0 } d && d[0].Details is { Length: > 0 } dd ? dd[0].Code : null;
}
