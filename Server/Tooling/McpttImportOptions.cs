namespace GupSoap.Server.Tooling;

/// <summary>The parsed arguments of <c>mcptt import</c>; anything starting <c>--Gup:</c> is configuration.</summary>
internal sealed record McpttImportOptions
{
    public const string DefaultUrl = "http://127.0.0.1:8080/mcptt/cm";

    public string? File { get; private init; }
    public Uri Url { get; private init; } = new(DefaultUrl);
    public List<string> ConfigurationArgs { get; } = [];

    public static (McpttImportOptions? Options, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var options = new McpttImportOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--Gup:", StringComparison.Ordinal) || arg.StartsWith("--Gup__", StringComparison.Ordinal))
            {
                options.ConfigurationArgs.Add(arg);
            }
            else if (arg == "--url" && i + 1 < args.Count && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                options = options with { Url = url };
                i++;
            }
            else if (!arg.StartsWith("--", StringComparison.Ordinal) && options.File is null)
            {
                options = options with { File = arg };
            }
            else
            {
                return (null, $"Unknown or incomplete option '{arg}'.");
            }
        }

        return options.File is null ? (null, "FILE is required.") : (options, null);
    }
}
