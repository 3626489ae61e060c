using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.LoadControl;

/// <summary>
/// The load-control settings (TS 23.240 §4.1.4, §4.2.1) under <c>Gup:Limits</c>: request rates per application,
/// separately for HPLMN and non-HPLMN requestors, per subscriber, the concurrent calls per RAF, and per-operation
/// sizes. The defaults are far above what one node serves, so nothing is limited until the operator says so.
/// </summary>
public sealed record LoadLimits
{
    public static readonly RateSettings DefaultHplmn = new(100_000, 100_000, TimeSpan.FromSeconds(1));
    public static readonly RateSettings DefaultNonHplmn = new(50_000, 50_000, TimeSpan.FromSeconds(1));
    public static readonly RateSettings DefaultPerSubscriber = new(50_000, 50_000, TimeSpan.FromSeconds(1));

    /// <summary><c>Gup:Limits:Hplmn:*</c>: per application of a home-network requestor.</summary>
    public RateSettings Hplmn { get; init; } = DefaultHplmn;

    /// <summary><c>Gup:Limits:NonHplmn:*</c>: per application of any other requestor.</summary>
    public RateSettings NonHplmn { get; init; } = DefaultNonHplmn;

    /// <summary><c>Gup:Limits:PerSubscriber:*</c>: per subscriber whose profile is addressed, whoever asks.</summary>
    public RateSettings PerSubscriber { get; init; } = DefaultPerSubscriber;

    /// <summary><c>Gup:Limits:RafConcurrency</c>: Rp calls in flight to one RAF; further calls wait (0, the default: no limit).</summary>
    public int RafConcurrency { get; init; }

    /// <summary><c>Gup:Limits:RafQueue</c>: Rp calls that may wait for one RAF; beyond that a call fails at once.</summary>
    public int RafQueue { get; init; } = 10_000;

    /// <summary><c>Gup:Limits:Operations:{Operation}:MaxItems</c>: items in one request of that operation.</summary>
    public IReadOnlyDictionary<string, int> MaxItems { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary><c>Gup:Limits:Operations:{Operation}:MaxNewDataBytes</c>: bytes of NewData in one request of that operation.</summary>
    public IReadOnlyDictionary<string, int> MaxNewDataBytes { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public static LoadLimits Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var operation in configuration.GetSection("Gup:Limits:Operations").GetChildren())
        {
            Positive(operation, "MaxItems", items);
            Positive(operation, "MaxNewDataBytes", bytes);
        }

        var limits = new LoadLimits
        {
            Hplmn = RateSettings.Read(configuration, "Gup:Limits:Hplmn", DefaultHplmn),
            NonHplmn = RateSettings.Read(configuration, "Gup:Limits:NonHplmn", DefaultNonHplmn),
            PerSubscriber = RateSettings.Read(configuration, "Gup:Limits:PerSubscriber", DefaultPerSubscriber),
            RafConcurrency = configuration.GetValue("Gup:Limits:RafConcurrency", 0),
            RafQueue = configuration.GetValue("Gup:Limits:RafQueue", 10_000),
            MaxItems = items,
            MaxNewDataBytes = bytes,
        };
        if (limits.RafConcurrency < 0 || limits.RafQueue < 0)
        {
            throw new Core.Hosting.ConfigurationException("Gup:Limits:RafConcurrency", "and Gup:Limits:RafQueue must not be negative.", "Use 0 for no limit, or a positive number.");
        }

        return limits;
    }

    private static void Positive(IConfigurationSection operation, string name, Dictionary<string, int> into)
    {
        if (operation[name] is null)
        {
            return;
        }

        var value = operation.GetValue<int>(name);
        into[operation.Key] = value > 0
            ? value
            : throw new Core.Hosting.ConfigurationException($"Gup:Limits:Operations:{operation.Key}:{name}", $"is {value}.", "Use a positive number, or remove it for no limit.");
    }
}
