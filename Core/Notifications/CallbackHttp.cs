using System.Net;
using System.Net.Sockets;

namespace GupSoap.Core.Notifications;

/// <summary>
/// The HTTP stack notifications leave through (SECURITY.md A2–A4): no proxy, no redirects, a connect timeout, and a
/// connect step that resolves the host itself and connects only if every address it gets is allowed now, so DNS
/// rebinding after subscribe time finds nothing to connect to.
/// </summary>
public static class CallbackHttp
{
    public static SocketsHttpHandler CreateHandler(EgressGuard guard, CallbackPolicy policy, IHostResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(resolver);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would make the connection for us, and the address it reaches would go unchecked.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = policy.ConnectTimeout,
            MaxResponseHeadersLength = 64,
            MaxResponseDrainSize = policy.MaxResponseBytes,
            // Pooled connections are re-established now and then, so each new one passes the address check again.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, ct) => ConnectAsync(guard, resolver, context.DnsEndPoint, ct),
        };
    }

    /// <summary>
    /// A client over <see cref="CreateHandler"/> whose own timeout and buffer limit match the policy, as a backstop
    /// for <see cref="SoapNotificationSender"/>'s per-attempt bounds.
    /// </summary>
    public static HttpClient CreateClient(EgressGuard guard, CallbackPolicy policy, IHostResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new HttpClient(CreateHandler(guard, policy, resolver), disposeHandler: true)
        {
            Timeout = policy.AttemptTimeout,
            MaxResponseContentBufferSize = policy.MaxResponseBytes,
        };
    }

    private static async ValueTask<Stream> ConnectAsync(EgressGuard guard, IHostResolver resolver, DnsEndPoint endpoint, CancellationToken ct)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, "The callback host does not resolve.");
        }

        if (!addresses.All(a => guard.IsAllowed(host, endpoint.Port, a)))
        {
            throw new CallbackAddressRefusedException("The callback host resolves to a non-public address now.");
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException(HttpRequestError.ConnectionError, "No address of the callback host accepted a connection.", last);
    }
}
