using System.Xml.Linq;
using GupSoap.Core.Security;

namespace GupSoap.Core.Charging;

/// <summary>
/// What one operation gathers for its charging record while it runs (TS 23.240 §4.1.9). The endpoint that answers it
/// opens the scope; code deeper down (routing, the Rp fan-out, redirect) adds to <see cref="Current"/> without being
/// handed it, and the Rp transports give <see cref="CorrelationId"/> to every RAF they reach. Thread-safe: the fan-out
/// adds from parallel calls.
/// </summary>
public sealed class ChargingScope
{
    private static readonly AsyncLocal<ChargingScope?> Ambient = new();

    private readonly Lock _lock = new();
    private readonly List<string> _types = [];
    private readonly List<ChargingRafHop> _rafs = [];

    internal ChargingScope(string correlationId) => CorrelationId = correlationId;

    /// <summary>The scope of the operation running on this flow, if any.</summary>
    public static ChargingScope? Current => Ambient.Value;

    public string CorrelationId { get; internal set; }

    public string? Operation { get; internal set; }

    public RequestorContext? Requestor { get; internal set; }

    /// <summary>The <c>sb:Sender</c> of a request refused before it was authenticated.</summary>
    public string? Sender { get; internal set; }

    public string? Subscriber { get; set; }

    /// <summary>Null: proxy at the GUP Server, and at a RAF proxy when relayed, else direct.</summary>
    public ChargingMode? Mode { get; set; }

    /// <summary>The load-control limit that refused the request, or that it met on the way (a RAF's fan-out limit).</summary>
    public string? Limit { get; set; }

    public long? BytesIn { get; internal set; }

    public long? BytesOut { get; internal set; }

    internal object? Request { get; set; }

    internal object? Response { get; set; }

    /// <summary>The fault the request was answered with, when it was.</summary>
    internal string? Fault { get; set; }

    private int _recorded;

    /// <summary>True the first time only: the scope's record is written once, however many places complete it.</summary>
    internal bool TakeRecording() => Interlocked.Exchange(ref _recorded, 1) == 0;

    public void AddComponentType(XName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.ToString();
        lock (_lock)
        {
            if (!_types.Contains(name))
            {
                _types.Add(name);
            }
        }
    }

    /// <summary>Notes that the operation reached <paramref name="raf"/>; answers the correlation id to give it.</summary>
    public string Reached(string raf, bool producesCharging)
    {
        lock (_lock)
        {
            if (!_rafs.Exists(r => r.Raf == raf))
            {
                _rafs.Add(new ChargingRafHop(raf, producesCharging, CorrelationId));
            }
        }

        return CorrelationId;
    }

    internal IReadOnlyList<string> ComponentTypes()
    {
        lock (_lock)
        {
            return [.. _types];
        }
    }

    internal IReadOnlyList<ChargingRafHop> Rafs()
    {
        lock (_lock)
        {
            return [.. _rafs];
        }
    }

    /// <summary>Makes <paramref name="scope"/> the current one for the rest of the calling async method.</summary>
    internal static void Enter(ChargingScope? scope) => Ambient.Value = scope;
}
