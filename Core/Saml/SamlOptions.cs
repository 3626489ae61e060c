namespace GupSoap.Core.Saml;

/// <summary>
/// Assertion checking settings. Clock skew defaults to 60 s and never exceeds 120 s (SECURITY.md S11; configured by
/// <c>Gup:Security:ClockSkewSeconds</c>). SHA-1 and other weak algorithms have no switch: they are never accepted (S8).
/// </summary>
public sealed class SamlOptions
{
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(120);

    private TimeSpan _clockSkew = DefaultClockSkew;

    /// <summary>Tolerance on every time check; values above <see cref="MaxClockSkew"/> are capped, negative ones taken as zero.</summary>
    public TimeSpan ClockSkew
    {
        get => _clockSkew;
        set => _clockSkew = value > MaxClockSkew ? MaxClockSkew : value < TimeSpan.Zero ? TimeSpan.Zero : value;
    }
}
