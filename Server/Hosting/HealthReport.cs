using System.Text.Json.Serialization;

namespace GupSoap.Server.Hosting;

/// <summary>The <c>/healthz</c> answer.</summary>
internal sealed record HealthReport(string Status, string Role, string[] Rafs);

[JsonSerializable(typeof(HealthReport))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class HealthReportContext : JsonSerializerContext;
