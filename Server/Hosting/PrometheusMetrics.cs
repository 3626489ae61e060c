using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using GupSoap.Core.Hosting;

namespace GupSoap.Server.Hosting;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format (ARCHITECTURE "Endpoints"): every counter of <see cref="GupMeter"/>
/// with its labels. Counters are kept per process.
/// </summary>
internal sealed class PrometheusMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<SeriesKey, double> _values = new();
    private readonly ConcurrentDictionary<string, string> _descriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Lock _scrape = new();

    public PrometheusMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GupMeter.Name)
            {
                _descriptions[instrument.Name] = instrument.Description ?? "";
                _types[instrument.Name] = instrument is ObservableGauge<long> or ObservableGauge<double> ? "gauge" : "counter";
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public string Render()
    {
        lock (_scrape)
        {
            _listener.RecordObservableInstruments();
        }

        var text = new StringBuilder();
        foreach (var group in _values.Select(v => (v.Key.Name, Labels: v.Key.Labels(), v.Value)).GroupBy(v => v.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("# HELP ").Append(group.Key).Append(' ').Append(_descriptions.GetValueOrDefault(group.Key, "")).Append('\n');
            text.Append("# TYPE ").Append(group.Key).Append(' ').Append(_types.GetValueOrDefault(group.Key, "counter")).Append('\n');
            foreach (var (name, labels, value) in group.OrderBy(v => v.Labels, StringComparer.Ordinal))
            {
                text.Append(name).Append(labels.Length > 0 ? "{" + labels + "}" : "").Append(' ')
                    .Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // Measured on every request: the key holds the tag values as they are; labels are formatted when scraped.
        var key = new SeriesKey(instrument.Name, Tag(tags, 0), Tag(tags, 1));
        if (instrument.IsObservable)
        {
            // Observable counters report their running total.
            _values[key] = value;
        }
        else
        {
            _values.AddOrUpdate(key, static (_, added) => added, static (_, total, added) => total + added, value);
        }
    }

    private static (string Key, string Value)? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, int index) =>
        index < tags.Length ? (tags[index].Key, Convert.ToString(tags[index].Value, CultureInfo.InvariantCulture) ?? "") : null;

    /// <summary>One time series: the instrument and up to two labels (all GupMeter instruments have at most two).</summary>
    private readonly record struct SeriesKey(string Name, (string Key, string Value)? First, (string Key, string Value)? Second)
    {
        public string Labels()
        {
            var pairs = new List<string>(2);
            foreach (var tag in new[] { First, Second })
            {
                if (tag is { } t)
                {
                    pairs.Add($"{t.Key}=\"{t.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"");
                }
            }

            pairs.Sort(StringComparer.Ordinal);
            return string.Join(',', pairs);
        }
    }
}
