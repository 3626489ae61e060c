using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>Log lines of the security set-up that changes at run time: the trust list and the common rules.</summary>
internal static partial class SecurityHostingLog
{
    public static Action<string> TrustListProblem(ILogger logger, string path) => problem => TrustListUnreadable(logger, path, problem);

    public static Action<Core.Authorization.AuthorizationRules> RulesReloaded(ILogger logger, string path) => rules => CommonRulesReloaded(logger, path, rules.Rules.Count);

    public static Action<string> RulesReloadRefused(ILogger logger, string path) => problem => CommonRulesRefused(logger, path, problem);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Common rules reloaded from {Path}: {Count} rule(s) apply from this request on")]
    private static partial void CommonRulesReloaded(ILogger logger, string path, int count);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "Common rules reload from {Path} refused ({Problem}); the rules in force stay")]
    private static partial void CommonRulesRefused(ILogger logger, string path, string problem);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "The trust list {Path} cannot be read ({Problem}); the issuers read before stay trusted until it is fixed")]
    private static partial void TrustListUnreadable(ILogger logger, string path, string problem);
}
