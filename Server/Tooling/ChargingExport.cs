using System.Globalization;
using System.Text;
using System.Text.Json;
using GupSoap.Core.Charging;

namespace GupSoap.Server.Tooling;

/// <summary>
/// Charging records as text for billing and audit (TS 23.240 §4.1.9): CSV (RFC 4180, one header line, lists
/// space-separated as stored) or JSON Lines (one object per record). Times are UTC ISO 8601 with milliseconds.
/// </summary>
internal static class ChargingExport
{
    public static readonly string[] CsvColumns =
    [
        "time", "correlation_id", "recorder", "operation", "requestor", "application", "hplmn", "subscriber", "component_types",
        "outcome", "status_detail", "bytes_in", "bytes_out", "mode", "limit", "rafs",
    ];

    public static async Task<long> WriteAsync(IAsyncEnumerable<ChargingRecord> records, string format, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        var csv = format == "csv";
        if (csv)
        {
            await output.WriteLineAsync(string.Join(',', CsvColumns));
        }

        long count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await output.WriteLineAsync(csv ? CsvLine(record) : JsonLine(record));
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string CsvLine(ChargingRecord r) => string.Join(',', new[]
    {
        Time(r.Time), r.CorrelationId, r.Recorder, r.Operation, r.RequestorProviderId, r.ApplicationId, r.Hplmn ? "true" : "false", r.Subscriber,
        ChargingColumns.Types(r.ComponentTypes), r.Outcome, r.StatusDetail, Number(r.BytesIn), Number(r.BytesOut), ChargingColumns.Mode(r.Mode), r.Limit,
        ChargingColumns.Rafs(r.Rafs),
    }.Select(Field));

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quoted when it holds a comma, quote or line break; a leading formula character is neutralised for spreadsheets.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' && !char.IsAsciiDigit(value.Length > 1 ? value[1] : ' '))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string JsonLine(ChargingRecord r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", Time(r.Time));
            json.WriteString("correlationId", r.CorrelationId);
            json.WriteString("recorder", r.Recorder);
            json.WriteString("operation", r.Operation);
            json.WriteString("requestor", r.RequestorProviderId);
            json.WriteString("application", r.ApplicationId);
            json.WriteBoolean("hplmn", r.Hplmn);
            json.WriteString("subscriber", r.Subscriber);
            json.WriteStartArray("componentTypes");
            foreach (var type in r.ComponentTypes)
            {
                json.WriteStringValue(type);
            }

            json.WriteEndArray();
            json.WriteString("outcome", r.Outcome);
            json.WriteString("statusDetail", r.StatusDetail);
            WriteNumber(json, "bytesIn", r.BytesIn);
            WriteNumber(json, "bytesOut", r.BytesOut);
            json.WriteString("mode", ChargingColumns.Mode(r.Mode));
            json.WriteString("limit", r.Limit);
            json.WriteStartArray("rafs");
            foreach (var hop in r.Rafs)
            {
                json.WriteStartObject();
                json.WriteString("raf", hop.Raf);
                json.WriteBoolean("producesCharging", hop.ProducesCharging);
                json.WriteString("correlationId", hop.CorrelationId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
