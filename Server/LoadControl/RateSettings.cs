using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.LoadControl;

/// <summary>
/// One token-bucket policy (TS 23.240 §4.1.4 load control): <c>TokenLimit</c> requests at once (the burst),
/// refilled by <c>TokensPerPeriod</c> every <c>ReplenishmentPeriod</c>. A <c>TokenLimit</c> of 0 turns the policy off.
/// </summary>
public sealed record RateSettings(int TokenLimit, int TokensPerPeriod, TimeSpan ReplenishmentPeriod)
{
    public bool Enabled => TokenLimit > 0;

    /// <summary>Reads <paramref name="key"/> (e.g. <c>Gup:Limits:Hplmn</c>) over <paramref name="defaults"/>; refuses nonsense.</summary>
    public static RateSettings Read(IConfiguration configuration, string key, RateSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(defaults);
        var section = configuration.GetSection(key);
        var settings = new RateSettings(
            section.GetValue("TokenLimit", defaults.TokenLimit),
            section.GetValue("TokensPerPeriod", defaults.TokensPerPeriod),
            section.GetValue("ReplenishmentPeriod", defaults.ReplenishmentPeriod));
        if (settings.TokenLimit < 0 || (settings.Enabled && (settings.TokensPerPeriod < 1 || settings.ReplenishmentPeriod <= TimeSpan.Zero)))
        {
            throw new Core.Hosting.ConfigurationException(key, $"has TokenLimit {settings.TokenLimit}, TokensPerPeriod {settings.TokensPerPeriod}, ReplenishmentPeriod {settings.ReplenishmentPeriod}.",
                "Use TokenLimit 0 (off) or positive, TokensPerPeriod positive and a positive ReplenishmentPeriod (e.g. 00:00:01).");
        }

        return settings;
    }
}
