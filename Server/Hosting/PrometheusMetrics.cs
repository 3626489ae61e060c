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
    private readonly ConcurrentDictionary<(string Name, string Labels), double> _values = new();
    private readonly ConcurrentDictionary<string, string> _descriptions = new(StringComparer.Ordinal);
    private readonly Lock _scrape = new();

    public PrometheusMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GupMeter.Name)
            {
                _descriptions[instrument.Name] = instrument.Description ?? "";
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
        foreach (var group in _values.GroupBy(v => v.Key.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("# HELP ").Append(group.Key).Append(' ').Append(_descriptions.GetValueOrDefault(group.Key, "")).Append('\n');
            text.Append("# TYPE ").Append(group.Key).Append(" counter\n");
            foreach (var ((name, labels), value) in group.OrderBy(v => v.Key.Labels, StringComparer.Ordinal))
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
        var key = (instrument.Name, Labels(tags));
        if (instrument.IsObservable)
        {
            // Observable counters report their running total.
            _values[key] = value;
        }
        else
        {
            _values.AddOrUpdate(key, value, (_, total) => total + value);
        }
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
            pairs.Add($"{tag.Key}=\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join(',', pairs);
    }
}
