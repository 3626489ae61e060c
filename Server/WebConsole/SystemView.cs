using GupSoap.Core.Saml;
using GupSoap.Server.Hosting;
using GupSoap.Server.Routing;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The system at a glance: every RAF (in process, or remote with its health probe), the trusted token issuers, and
/// the counters an operator watches — notifications delivered, failed and given up, and refusals (security, load).
/// </summary>
internal sealed class SystemView(RafDirectory rafs, RafHealth health, TrustedIssuers issuers, ConsoleCounters counters)
{
    public IReadOnlyList<RafEndpoint> Rafs => rafs.All;

    public IReadOnlyCollection<TrustedIssuer> Issuers => issuers.All;

    public Task<RemoteRafHealth[]> RemoteHealthAsync(CancellationToken cancellationToken) => health.CheckAsync(cancellationToken);

    /// <summary>The watched counters as "name{labels}" and value, totals since this process started.</summary>
    public IReadOnlyList<(string Series, string Value)> Counters() => counters.Snapshot();
}
