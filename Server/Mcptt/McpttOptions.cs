using GupSoap.Core.Security;

namespace GupSoap.Server.Mcptt;

/// <summary>MCPTT configuration management settings, bound from <c>Gup:Mcptt</c>.</summary>
public sealed class McpttOptions
{
    /// <summary>
    /// Providers (home network only) that administer every user's profiles: they read and write them as the
    /// deployment itself does. The deployment's own tokens (the import command) are administrators anyway.
    /// </summary>
    public IList<string> Administrators { get; } = [];

    public bool IsAdministrator(RequestorContext who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.IsSystem || (who.Hplmn && who.Intermediary is null && Administrators.Contains(who.ProviderId, StringComparer.Ordinal));
    }
}
