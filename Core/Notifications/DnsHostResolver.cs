using System.Net;

namespace GupSoap.Core.Notifications;

/// <summary>The system resolver behind <see cref="IHostResolver"/> (SECURITY.md A2).</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Dns.GetHostAddressesAsync(host, ct);
}
