using System.Globalization;
using GupSoap.Contracts;

namespace GupSoap.Bench;

/// <summary>The profile data the benchmarks touch: the demo subscriber every read asks for and the workers' own resources.</summary>
internal static class BenchProfiles
{
    /// <summary>The embedded server's demo subscriber (five components in two RAFs); every read workload reads it.</summary>
    public const string ReadResource = "sip:alice@example.org";

    /// <summary>The resource worker <paramref name="worker"/> modifies; its SubscriberInfo is created before the run.</summary>
    public static string ResourceOf(int worker) => string.Create(CultureInfo.InvariantCulture, $"sip:bench-{worker:D4}@example.org");

    /// <summary>A SubscriberInfo component document (also the <c>micro</c> mode's schema validation input).</summary>
    public static string SubscriberInfo(string displayName) =>
        $"""<sub:SubscriberInfo xmlns:sub="{Namespaces.Subscriber}"><sub:DisplayName>{displayName}</sub:DisplayName><sub:Language>en</sub:Language><sub:MSISDN>+46700000100</sub:MSISDN></sub:SubscriberInfo>""";
}
