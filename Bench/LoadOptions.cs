using System.Globalization;
using GupSoap.Core.Liberty;

namespace GupSoap.Bench;

/// <summary>Options of the <c>load</c> mode, parsed from <c>--name value</c> pairs.</summary>
internal sealed record LoadOptions
{
    /// <summary>
    /// The server remembers every MessageID it accepts (Rg, and Rp including the GUP Server's own Rp calls) for the
    /// freshness window plus clock skew (about six and a half minutes with bucket rounding), at most
    /// <see cref="InMemoryMessageIdStore.DefaultCapacity"/> of them, and refuses requests beyond that; a run (set-up
    /// and warm-up included) stays at 90 % of it by default.
    /// </summary>
    public const long DefaultMaxRequests = InMemoryMessageIdStore.DefaultCapacity / 10 * 9;

    public int Seconds { get; init; } = 20;

    public int WarmupSeconds { get; init; } = 10;

    public int Connections { get; init; } = 32;

    public RequestMix Mix { get; init; } = RequestMix.ReadOnly;

    /// <summary>SOAP requests (MessageIDs) the server may receive in the whole run, set-up, warm-up and Rp fan-out included.</summary>
    public long MaxRequests { get; init; } = DefaultMaxRequests;

    public static LoadOptions? Parse(IReadOnlyList<string> args, out string? error) => OptionValues.Parse(args, new LoadOptions(), Apply, out error);

    private static LoadOptions? Apply(LoadOptions options, string name, string value, out string? error)
    {
        error = null;
        return name switch
        {
            "--seconds" => OptionValues.Number(name, value, 1, 3600, out error) is { } s ? options with { Seconds = (int)s } : null,
            "--warmup" => OptionValues.Number(name, value, 0, 600, out error) is { } w ? options with { WarmupSeconds = (int)w } : null,
            "--connections" => OptionValues.Number(name, value, 1, 1024, out error) is { } c ? options with { Connections = (int)c } : null,
            "--max-requests" => OptionValues.Number(name, value, 1, 10_000_000, out error) is { } m ? options with { MaxRequests = m } : null,
            "--mix" => RequestMix.Parse(value, out error) is { } mix ? options with { Mix = mix } : null,
            _ => OptionValues.Unknown<LoadOptions>(name, out error),
        };
    }
}
