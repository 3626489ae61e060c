namespace GupSoap.Server.CommandLine;

/// <summary>
/// .NET configuration given on the command line (<c>--Gup:DataDirectory=./data</c>, <c>--Gup:Rafs:hss:Address URL</c>,
/// <c>--Logging__LogLevel__Default=Warning</c>): any option whose name is a configuration path (holds <c>:</c> or
/// <c>__</c>) is taken apart before the command line is parsed, so every command accepts configuration while unknown
/// plain options are still refused.
/// </summary>
internal sealed record ConfigurationOverrides(IReadOnlyList<string> Arguments, IReadOnlyList<string> Remaining, string? Problem)
{
    public static ConfigurationOverrides Split(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var overrides = new List<string>();
        var remaining = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsConfigurationPath(arg))
            {
                remaining.Add(arg);
                continue;
            }

            overrides.Add(arg);
            if (arg.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            // "--Key value", as Microsoft.Extensions.Configuration.CommandLine reads it: the next argument is the value.
            if (i + 1 >= args.Count)
            {
                return new ConfigurationOverrides(overrides, remaining, $"{arg} needs a value: {arg}=VALUE.");
            }

            overrides.Add(args[++i]);
        }

        return new ConfigurationOverrides(overrides, remaining, null);
    }

    private static bool IsConfigurationPath(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length < 3)
        {
            return false;
        }

        var name = arg[2..].Split('=', 2)[0];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        // "--role:raf" is System.CommandLine's own option:value form, not a configuration path.
        return (colon > 0 && !ServeCommand.OptionNames.Contains(name[..colon])) || name.Contains("__", StringComparison.Ordinal);
    }
}
