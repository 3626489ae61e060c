using GupSoap.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.Hosting;

/// <summary>
/// <c>GET /healthz</c>: liveness and, for a GUP Server with remote RAFs, whether each of them answers;
/// <c>GET /healthz/ready</c>: readiness (<see cref="Readiness"/>), 200 when ready, 503 when not.
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(WebApplication app, HostRole role, IReadOnlyList<Raf.RafInstance> rafs)
    {
        var names = rafs.Select(r => r.Options.Name).ToArray();
        var roleName = role.ToString().ToLowerInvariant();
        var remote = app.Services.GetService<RafHealth>() is { HasRemoteRafs: true } health ? health : null;
        app.MapGet("/healthz", async (HttpContext http) =>
        {
            var remoteRafs = remote is null ? null : await remote.CheckAsync(http.RequestAborted);
            var status = remoteRafs?.Any(r => !r.Answers) == true ? "degraded" : "ok";
            return Results.Json(new HealthReport(status, roleName, names, remoteRafs), HealthReportContext.Default.HealthReport);
        });
        var readiness = new Readiness(app.Services.GetRequiredService<IReplayCache>(), rafs, remote, app.Services.GetRequiredService<TimeProvider>());
        app.MapGet("/healthz/ready", async (HttpContext http) =>
        {
            var report = await readiness.CheckAsync(http.RequestAborted);
            return Results.Json(report, ReadinessReportContext.Default.ReadinessReport, statusCode: report.Status == "ready" ? 200 : 503);
        });
    }
}
