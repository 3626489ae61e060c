using System.Globalization;

namespace GupSoap.Server.Tooling;

/// <summary>The parsed arguments of the <c>token</c> command; anything starting <c>--Gup:</c> is configuration.</summary>
internal sealed record TokenOptions
{
    public string Provider { get; private init; } = "urn:gupsoap:app:demo";
    public List<string> Audiences { get; } = [];
    public string? Subscriber { get; private init; }
    public string? Application { get; private init; }
    public int Minutes { get; private init; } = 60;
    public bool OneTime { get; private init; }
    public bool Header { get; private init; }
    public List<string> ConfigurationArgs { get; } = [];

    public static (TokenOptions? Options, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var options = new TokenOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--Gup:", StringComparison.Ordinal) || arg.StartsWith("--Gup__", StringComparison.Ordinal))
            {
                options.ConfigurationArgs.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--one-time":
                    options = options with { OneTime = true };
                    continue;
                case "--header":
                    options = options with { Header = true };
                    continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"Unknown or incomplete option '{arg}'.");
            }

            var value = args[++i];
            switch (arg)
            {
                case "--provider":
                    options = options with { Provider = value };
                    break;
                case "--audience":
                    options.Audiences.Add(value);
                    break;
                case "--subscriber":
                    options = options with { Subscriber = value };
                    break;
                case "--application":
                    options = options with { Application = value };
                    break;
                case "--minutes" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= 1440:
                    options = options with { Minutes = minutes };
                    break;
                default:
                    return (null, $"Unknown option or bad value: '{arg} {value}'.");
            }
        }

        return (options, null);
    }
}
