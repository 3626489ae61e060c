using System.Net;
using System.Net.Sockets;
using GupSoap.Core.Hosting;
using Microsoft.AspNetCore.Http;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Checks before anything is started or written that the fixed ports of <c>urls</c> and <c>Gup:Https:Url</c> are
/// free, so a second instance on the same ports stops with one line naming the setting instead of a bind failure
/// logged with a stack trace after the data directory was already touched. Port 0 is never checked.
/// </summary>
internal static class ListenPorts
{
    public static void EnsureFree(string? urls, string? httpsUrl)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Probe("urls", url, $"--urls http://127.0.0.1:PORT");
        }

        if (!string.IsNullOrWhiteSpace(httpsUrl))
        {
            Probe("Gup:Https:Url", httpsUrl.Trim(), "--Gup:Https:Url=https://127.0.0.1:PORT (or --Gup:Https:Url= for none)");
        }
    }

    /// <summary>The message for a bind that failed anyway (another process won the race after the check).</summary>
    public static ConfigurationException InUse(string address, Exception inner) =>
        new("urls / Gup:Https:Url", $"{address} is already in use by another process.", "Stop that process or choose free ports with --urls and --Gup:Https:Url.", inner);

    private static void Probe(string key, string url, string example)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            // KestrelAddress reports malformed addresses with their own message.
            return;
        }

        if (address.Port == 0 || EndPoint(address.Host.Trim('[', ']'), address.Port) is not { } endPoint)
        {
            return;
        }

        using var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        // As Kestrel binds on Linux: a port left in TIME_WAIT is free, one with a listener is not.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            socket.Bind(endPoint);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new ConfigurationException(key, $"{url} is already in use by another process.", $"Stop that process or choose a free port: {example}.", ex);
        }
        catch (SocketException)
        {
            // Anything else (an address this host does not have, permissions) is Kestrel's to report.
        }
    }

    private static IPEndPoint? EndPoint(string host, int port) => host switch
    {
        "*" or "+" => new IPEndPoint(IPAddress.Any, port),
        _ when string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) => new IPEndPoint(IPAddress.Loopback, port),
        _ => IPAddress.TryParse(host, out var ip) ? new IPEndPoint(ip, port) : null,
    };
}
