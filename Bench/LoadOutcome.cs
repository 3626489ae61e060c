namespace GupSoap.Bench;

/// <summary>The kinds of ending a request can have; everything but <see cref="Ok"/> counts as an error.</summary>
internal enum LoadOutcome
{
    Ok,

    /// <summary>An HTTP status other than 200 (SOAP faults included).</summary>
    HttpError,

    /// <summary>HTTP 200 whose top-level <c>lu:Status</c> is not <c>OK</c>.</summary>
    StatusNotOk,

    /// <summary>No answer: connection failure or timeout.</summary>
    TransportError,
}
