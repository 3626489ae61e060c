using System.Xml.Linq;
using GupSoap.Core.Hosting;
using GupSoap.Raf;
using GupSoap.Server.Routing;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Reads <c>Gup:Rafs:{name}</c> (component types as Clark names, optional ProviderId, optional Address of a RAF in
/// another process) into <see cref="RafOptions"/> for the RAFs hosted here and <see cref="RafEndpoint"/>s for the GUP Server.
/// </summary>
internal static class RafConfiguration
{
    public static IReadOnlyList<RafOptions> Read(IConfiguration configuration, string dataDirectory, StoreSelection stores)
    {
        var result = new List<RafOptions>();
        foreach (var section in configuration.GetSection("Gup:Rafs").GetChildren())
        {
            var name = section.Key;
            if (!IsValidName(name))
            {
                throw new ConfigurationException($"Gup:Rafs:{name}", $"RAF name '{name}' is not allowed.", "Use lower-case letters, digits or '-' (at most 64).");
            }

            var types = section.GetSection("ComponentTypes").GetChildren().Select(c => XName.Get(c.Value!)).ToHashSet();
            result.Add(new RafOptions
            {
                Name = name,
                ProviderId = section["ProviderId"] ?? $"urn:gupsoap:raf:{name}",
                ComponentTypes = types,
                DatabasePath = Path.Combine(dataDirectory, $"raf-{name}.db"),
                Database = stores.ForRaf(name),
                NotificationLease = stores.NotificationLease,
                DefaultListCount = section.GetValue("DefaultListCount", 100),
                MaxListCount = section.GetValue("MaxListCount", 1000),
            });
        }

        return result;
    }

    public static IReadOnlyList<RafEndpoint> ReadEndpoints(IConfiguration configuration, IEnumerable<RafOptions> rafs)
    {
        return rafs.Select(raf =>
        {
            var address = configuration[$"Gup:Rafs:{raf.Name}:Address"];
            Uri? uri = null;
            if (!string.IsNullOrWhiteSpace(address)
                && (!Uri.TryCreate(address, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                throw new ConfigurationException($"Gup:Rafs:{raf.Name}:Address", $"'{address}' is not an absolute http(s) URL.", $"Use the RAF's Rp URL, e.g. http://127.0.0.1:9101/raf/{raf.Name}/rp.");
            }

            // Configuration order, not set order: it is the stable component order of a merged profile.
            var ordered = configuration.GetSection($"Gup:Rafs:{raf.Name}:ComponentTypes").GetChildren().Select(c => XName.Get(c.Value!)).Distinct().ToList();
            return new RafEndpoint(raf.Name, raf.ProviderId, ordered, uri);
        }).ToList();
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
