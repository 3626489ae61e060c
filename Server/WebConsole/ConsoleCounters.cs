using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using GupSoap.Core.Hosting;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The counters the system page shows (notifications, refusals, load shedding), taken from the process's own meter
/// by a listener started with the host: totals since this process started, by series as /metrics names them.
/// </summary>
internal sealed class ConsoleCounters : IDisposable
{
    private static readonly string[] Watched = ["notification", "refus", "reject", "shed", "limit"];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _totals = new(StringComparer.Ordinal);

    public ConsoleCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GupMeter.Name && Watched.Any(w => instrument.Name.Contains(w, StringComparison.Ordinal)))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Every watched series and its value, sorted by series.</summary>
    public IReadOnlyList<(string Series, string Value)> Snapshot()
    {
        _listener.RecordObservableInstruments();
        return [.. _totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value.ToString("0.###", CultureInfo.InvariantCulture)))];
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = Series(instrument.Name, tags);
        if (instrument.IsObservable)
        {
            // Observable instruments report their current (for counters: cumulative) value.
            _totals[series] = value;
        }
        else
        {
            _totals.AddOrUpdate(series, value, (_, total) => total + value);
        }
    }

    private static string Series(string name, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return name;
        }

        var labels = new List<string>(tags.Length);
        foreach (var (key, value) in tags)
        {
            labels.Add(string.Create(CultureInfo.InvariantCulture, $"{key}=\"{value}\""));
        }

        labels.Sort(StringComparer.Ordinal);
        return $"{name}{{{string.Join(',', labels)}}}";
    }
}
