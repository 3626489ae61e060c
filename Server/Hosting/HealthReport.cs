using System.Text.Json.Serialization;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The <c>/healthz</c> answer: the process status, its role, the RAFs it runs, and for a GUP Server the RAFs it reaches
/// over the network with whether each answers (<c>status</c> is then <c>degraded</c> while one does not).
/// </summary>
internal sealed record HealthReport(string Status, string Role, string[] Rafs, RemoteRafHealth[]? RemoteRafs = null);

/// <summary>One remote RAF as the GUP Server sees it: where it is and whether its Rp endpoint answered the last probe.</summary>
internal sealed record RemoteRafHealth(string Name, string Address, bool Answers, string? Problem);

[JsonSerializable(typeof(HealthReport))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class HealthReportContext : JsonSerializerContext;
