using GupSoap.Core.Saml;
using GupSoap.Server.Hosting;
using GupSoap.Server.Routing;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The system at a glance: every RAF (in process, or remote with its health probe), the trusted token issuers, and
/// the counters an operator watches — notifications delivered, failed and given up, and refusals (security, load).
/// </summary>
internal sealed class SystemView(RafDirectory rafs, RafHealth health, TrustedIssuers issuers, PrometheusMetrics metrics)
{
    private static readonly string[] Watched = ["notification", "refus", "reject", "shed", "limit"];

    public IReadOnlyList<RafEndpoint> Rafs => rafs.All;

    public IReadOnlyCollection<TrustedIssuer> Issuers => issuers.All;

    public Task<RemoteRafHealth[]> RemoteHealthAsync(CancellationToken cancellationToken) => health.CheckAsync(cancellationToken);

    /// <summary>The watched counters as "name{labels}" and value, from the same rendering /metrics serves.</summary>
    public IReadOnlyList<(string Series, string Value)> Counters() =>
        [.. metrics.Render().Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#' && Watched.Any(w => line.AsSpan(0, Math.Max(0, line.IndexOf(' ', StringComparison.Ordinal))).Contains(w, StringComparison.Ordinal)))
            .Select(line => (line[..line.LastIndexOf(' ')], line[(line.LastIndexOf(' ') + 1)..]))];
}
