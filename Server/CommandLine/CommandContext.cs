using GupSoap.Server.Tooling;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.CommandLine;

/// <summary>What every command gets besides its own options: the configuration overrides of the command line.</summary>
internal sealed record CommandContext(ConfigurationOverrides Overrides)
{
    /// <summary>appsettings.json, environment and the overrides: the configuration the server would read.</summary>
    public IConfiguration Configuration() => ToolConfiguration.Build(Overrides.Arguments);
}
