using System.Text;

namespace GupSoap.Bench.Compare;

/// <summary>
/// One request kind of the comparison: where it goes and its envelope, with <see cref="MessageIdSlot"/> (every
/// request gets a fresh MessageID) and, for data-size workloads, <see cref="ResourceSlot"/> (a random provisioned subscriber).
/// </summary>
internal sealed record Workload(string Name, string Description, bool OnCeiling, string Path, string SoapAction, string Envelope)
{
    public const string MessageIdSlot = "@@MID@@";
    public const string ResourceSlot = "@@RES@@";

    /// <summary>Provisioned subscriber <paramref name="index"/> (the bulk path and the wrk script name them alike).</summary>
    public static string Subscriber(int index) => FormattableString.Invariant($"sip:bench-{index:D7}@example.org");

    public bool RandomSubscriber => Envelope.Contains(ResourceSlot, StringComparison.Ordinal);

    /// <summary>The envelope with both slots filled, for the verification request before a run.</summary>
    public byte[] Sample(string messageId) =>
        Encoding.UTF8.GetBytes(Envelope.Replace(MessageIdSlot, messageId, StringComparison.Ordinal).Replace(ResourceSlot, Subscriber(0), StringComparison.Ordinal));
}
