namespace GupSoap.Tests.Unit.Notifications;

/// <summary>A jitter source that always draws the same sample, so backoff delays are exact in tests.</summary>
internal sealed class FixedRandom(double sample) : Random
{
    public override double NextDouble() => sample;
}
