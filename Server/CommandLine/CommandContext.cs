using GupSoap.Server.Tooling;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.CommandLine;

/// <summary>What every command gets besides its own options: the whole argument list and the configuration overrides in it.</summary>
internal sealed record CommandContext(IReadOnlyList<string> AllArguments, ConfigurationOverrides Overrides)
{
    /// <summary>appsettings.json, environment and the overrides: the configuration the server would read.</summary>
    public IConfiguration Configuration() => ToolConfiguration.Build(Overrides.Arguments);
}
