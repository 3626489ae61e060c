using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Soap;

/// <summary>
/// What an endpoint logs about a request it refuses: once, at Warning, with the reason code, the service, the peer and
/// the request's MessageID and Sender, so an operator can find the request on both sides. Never profile content.
/// </summary>
public sealed partial class SoapEndpoint
{
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused request to {Service} from {Peer}: {Refusal} (HTTP {HttpStatus}, MessageID {MessageId}, Sender {Sender}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string service, string peer, string refusal, int httpStatus, string messageId, string sender, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {Operation} on {Service} failed unexpectedly (MessageID {MessageId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string service, string messageId);
}
