namespace GupSoap.Bench.Compare;

/// <summary>Options of the <c>compare</c> mode, parsed from <c>--name value</c> pairs.</summary>
internal sealed record CompareOptions
{
    public int Seconds { get; init; } = 15;

    public int WarmupSeconds { get; init; } = 8;

    public int Connections { get; init; } = 32;

    public int Threads { get; init; } = 2;

    /// <summary>Subscribers provisioned for the data-size workloads; 0 runs only the fixed-subscriber workloads.</summary>
    public int Subscribers { get; init; }

    /// <summary>
    /// Where the data-size runs keep their databases (one directory per size, kept and resumed: provisioning a million
    /// subscribers takes minutes); a temporary directory, deleted afterwards, when not given.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>A PostgreSQL server (maintenance connection string) to run the data-size workloads on as well.</summary>
    public string? Postgres { get; init; }

    /// <summary>Workload names to run (all when empty).</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Environment variables for the server process (e.g. DOTNET_gcServer=0), to compare runtime settings.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ServerEnvironment { get; init; } = [];

    /// <summary>Extra configuration arguments for the server process (e.g. --Gup:Rp:InProcess=false).</summary>
    public IReadOnlyList<string> ServerArguments { get; init; } = [];

    public static CompareOptions? Parse(IReadOnlyList<string> args, out string? error) => OptionValues.Parse(args, new CompareOptions(), Apply, out error);

    private static CompareOptions? Apply(CompareOptions options, string name, string value, out string? error)
    {
        error = null;
        return name switch
        {
            "--seconds" => OptionValues.Number(name, value, 1, 3600, out error) is { } s ? options with { Seconds = (int)s } : null,
            "--warmup" => OptionValues.Number(name, value, 0, 600, out error) is { } w ? options with { WarmupSeconds = (int)w } : null,
            "--connections" => OptionValues.Number(name, value, 1, 4096, out error) is { } c ? options with { Connections = (int)c } : null,
            "--threads" => OptionValues.Number(name, value, 1, 64, out error) is { } t ? options with { Threads = (int)t } : null,
            "--subscribers" => OptionValues.Number(name, value, 0, 10_000_000, out error) is { } n ? options with { Subscribers = (int)n } : null,
            "--data" => options with { DataDirectory = Path.GetFullPath(value) },
            "--postgres" => options with { Postgres = value },
            "--only" => options with { Only = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
            "--server-env" => value.Split('=', 2) is [var key, var v] ? options with { ServerEnvironment = [.. options.ServerEnvironment, new(key, v)] } : Invalid(name, value, out error),
            "--server-arg" => options with { ServerArguments = [.. options.ServerArguments, value] },
            _ => OptionValues.Unknown<CompareOptions>(name, out error),
        };
    }

    private static CompareOptions? Invalid(string name, string value, out string? error)
    {
        error = $"{name} takes KEY=VALUE, not '{value}'.";
        return null;
    }
}
