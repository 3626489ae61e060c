using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Mcptt;

/// <summary>The façade's log lines: identities and versions only, never profile XML (STYLE.md 9).</summary>
internal static partial class McpttLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "MCPTT user profile {ProfileId} of {McpttId} stored as version {Version} by {Provider}")]
    public static partial void LogProfileStored(this ILogger logger, string mcpttId, string profileId, long version, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile update subscription {SubscriptionId} for {McpttId} made by {Provider}")]
    public static partial void LogSubscribed(this ILogger logger, string subscriptionId, string mcpttId, string provider);
}
