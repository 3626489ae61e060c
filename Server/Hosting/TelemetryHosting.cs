using GupSoap.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Metrics and traces on OpenTelemetry (ARCHITECTURE "Endpoints"): the <see cref="GupMeter"/> instruments as
/// Prometheus text at <c>GET /metrics</c>, and — when <c>Gup:Telemetry:Otlp:Endpoint</c> is set — metrics and the
/// <see cref="GupTracing"/> spans over OTLP. Without an OTLP endpoint nothing listens to the spans, so none are made.
/// </summary>
internal static class TelemetryHosting
{
    public static void AddTelemetry(IServiceCollection services, IConfiguration configuration, HostRole role)
    {
        var section = configuration.GetSection("Gup:Telemetry");
        var serviceName = section["ServiceName"] ?? "gupsoap-" + role.ToString().ToLowerInvariant();
        var otlp = section["Otlp:Endpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint, UriKind.Absolute) : null;
        var protocol = (section["Otlp:Protocol"] ?? "grpc").ToLowerInvariant() switch
        {
            "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" or "http" or "httpprotobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new InvalidOperationException($"Gup:Telemetry:Otlp:Protocol '{other}' is neither grpc nor http/protobuf."),
        };
        var headers = section["Otlp:Headers"];
        var ratio = section.GetValue("Traces:SampleRatio", 1.0);
        if (ratio is < 0 or > 1)
        {
            throw new InvalidOperationException("Gup:Telemetry:Traces:SampleRatio must lie between 0 and 1.");
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(serviceName, serviceVersion: typeof(TelemetryHosting).Assembly.GetName().Version?.ToString()));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(GupMeter.Name);
            // Scraped text is built fresh each time: a scrape right after a request sees it (the exporter's default caches 300 ms).
            metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            if (otlp is not null)
            {
                metrics.AddOtlpExporter(o => Configure(o, otlp, protocol, headers, "v1/metrics"));
            }
        });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GupTracing.Name)
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio)))
                .AddOtlpExporter(o => Configure(o, otlp, protocol, headers, "v1/traces")));
        }
    }

    public static void MapMetrics(WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics");

    private static void Configure(OtlpExporterOptions options, Uri endpoint, OtlpExportProtocol protocol, string? headers, string signalPath)
    {
        options.Protocol = protocol;
        // Over http/protobuf each signal has its own path; a collector's base address gets it appended, as the OTEL_ variables do.
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf && endpoint.AbsolutePath is "/" or ""
            ? new Uri(endpoint, signalPath)
            : endpoint;
        if (headers is { Length: > 0 })
        {
            options.Headers = headers;
        }
    }
}
