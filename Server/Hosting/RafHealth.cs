using System.Globalization;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Whether the remote RAFs of a GUP Server answer: a GET of each Rp endpoint's WSDL through the Rp client (same TLS
/// pins and client certificate as real calls), all at once, each within a short timeout. Results are kept a few
/// seconds, so a load balancer polling <c>/healthz</c> does not multiply into probes of every RAF.
/// </summary>
internal sealed class RafHealth(RafDirectory directory, IHttpClientFactory clients, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _probing = new(1, 1);
    private (DateTimeOffset At, RemoteRafHealth[] Rafs)? _last;

    public bool HasRemoteRafs => directory.All.Any(r => r.Address is not null);

    public void Dispose() => _probing.Dispose();

    public async Task<RemoteRafHealth[]> CheckAsync(CancellationToken cancellationToken)
    {
        await _probing.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && time.GetUtcNow() - last.At < KeepFor)
            {
                return last.Rafs;
            }

            var rafs = await Task.WhenAll(directory.All.Where(r => r.Address is not null).Select(r => ProbeAsync(r, cancellationToken)));
            _last = (time.GetUtcNow(), rafs);
            return rafs;
        }
        finally
        {
            _probing.Release();
        }
    }

    private async Task<RemoteRafHealth> ProbeAsync(RafEndpoint raf, CancellationToken cancellationToken)
    {
        var address = raf.Address!.AbsoluteUri;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var response = await clients.CreateClient(SoapRpTransport.HttpClientName).GetAsync(new Uri(raf.Address, "?wsdl"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return response.IsSuccessStatusCode
                ? new RemoteRafHealth(raf.Name, address, true, null)
                : new RemoteRafHealth(raf.Name, address, false, string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RemoteRafHealth(raf.Name, address, false, $"no answer within {ProbeTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            return new RemoteRafHealth(raf.Name, address, false, ex is Polly.CircuitBreaker.BrokenCircuitException ? "circuit open after repeated failures" : "unreachable");
        }
    }
}
