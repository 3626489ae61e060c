using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>What start-up registration logs: progress per service, never tokens.</summary>
internal sealed partial class ServiceRegistration
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {ServiceType} of {ProviderId} at Discovery: {Address}")]
    private static partial void LogRegistered(ILogger logger, string serviceType, string providerId, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discovery refused to register {ServiceType} of {ProviderId}: {Status}")]
    private static partial void LogRefused(ILogger logger, string serviceType, string providerId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not register {ServiceType} of {ProviderId} at Discovery: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string serviceType, string providerId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} services still to register at Discovery {Address}; next attempt in {Seconds} s")]
    private static partial void LogRetry(ILogger logger, int count, Uri address, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "No Discovery in this process and no Gup:Discovery:Address: services are not registered")]
    private static partial void LogNoDiscovery(ILogger logger);
}
