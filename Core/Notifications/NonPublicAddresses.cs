using System.Net;
using System.Net.Sockets;

namespace GupSoap.Core.Notifications;

/// <summary>
/// Address ranges a callback must never reach unless allow-listed (SECURITY.md A1): loopback, private, link-local
/// (cloud metadata 169.254.169.254), unspecified, CGNAT, multicast, broadcast and reserved, and IPv6 forms that embed
/// an IPv4 address (mapped, NAT64, 6to4) judged by the address they embed.
/// </summary>
internal static class NonPublicAddresses
{
    private static readonly (byte[] Prefix, int Bits)[] V4 =
    [
        Range("0.0.0.0", 8), // "this network", includes 0.0.0.0
        Range("10.0.0.0", 8),
        Range("100.64.0.0", 10), // carrier-grade NAT
        Range("127.0.0.0", 8),
        Range("169.254.0.0", 16), // link-local, cloud metadata
        Range("172.16.0.0", 12),
        Range("192.0.0.0", 24), // IETF protocol assignments
        Range("192.168.0.0", 16),
        Range("198.18.0.0", 15), // benchmarking
        Range("224.0.0.0", 4), // multicast
        Range("240.0.0.0", 4), // reserved, includes broadcast 255.255.255.255
    ];

    private static readonly (byte[] Prefix, int Bits)[] V6 =
    [
        Range("::", 96), // unspecified, loopback and the deprecated IPv4-compatible form
        Range("100::", 64), // discard
        Range("2001::", 32), // Teredo: tunnels to an address we cannot judge
        Range("fc00::", 7), // unique local
        Range("fe80::", 10), // link-local
        Range("fec0::", 10), // site-local (deprecated)
        Range("ff00::", 8), // multicast
    ];

    private static readonly byte[] Nat64 = IPAddress.Parse("64:ff9b::").GetAddressBytes();

    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Matches(V4, address.GetAddressBytes());
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return Contains(address.MapToIPv4());
        }

        var bytes = address.GetAddressBytes();
        if (StartsWith(bytes, Nat64, 96))
        {
            return Contains(new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            // 6to4 carries the IPv4 address of its relay in bits 16–47.
            return Contains(new IPAddress(bytes.AsSpan(2, 4)));
        }

        return Matches(V6, bytes);
    }

    private static bool Matches((byte[] Prefix, int Bits)[] ranges, byte[] bytes)
    {
        foreach (var (prefix, bits) in ranges)
        {
            if (StartsWith(bytes, prefix, bits))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix, int bits)
    {
        if (bytes.Length != prefix.Length)
        {
            return false;
        }

        var whole = bits / 8;
        if (!bytes.AsSpan(0, whole).SequenceEqual(prefix.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = bits % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (bytes[whole] & mask) == (prefix[whole] & mask);
    }

    private static (byte[], int) Range(string network, int bits) => (IPAddress.Parse(network).GetAddressBytes(), bits);
}
