using System.Xml;
using System.Xml.Linq;
using GupSoap.Core.Hosting;
using GupSoap.Raf;
using GupSoap.Schemas;
using GupSoap.Server.Routing;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Reads <c>Gup:Rafs:{name}</c> (component types as Clark names, optional ProviderId, optional Address of a RAF in
/// another process) into <see cref="RafOptions"/> for the RAFs hosted here and <see cref="RafEndpoint"/>s for the GUP Server.
/// Every component type a RAF names must be declared by the deployment's schemas.
/// </summary>
internal static class RafConfiguration
{
    public static IReadOnlyList<RafOptions> Read(IConfiguration configuration, string dataDirectory, StoreSelection stores, SchemaRegistry schemas)
    {
        var result = new List<RafOptions>();
        foreach (var section in configuration.GetSection("Gup:Rafs").GetChildren())
        {
            var name = section.Key;
            if (!IsValidName(name))
            {
                throw new ConfigurationException($"Gup:Rafs:{name}", $"RAF name '{name}' is not allowed.", "Use lower-case letters, digits or '-' (at most 64).");
            }

            var types = TypesOf(configuration, name, schemas).ToHashSet();
            result.Add(new RafOptions
            {
                Name = name,
                ProviderId = section["ProviderId"] ?? $"urn:gupsoap:raf:{name}",
                ComponentTypes = types,
                Schemas = schemas,
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
            var ordered = TypesOf(configuration, raf.Name, raf.Schemas).Distinct().ToList();
            return new RafEndpoint(raf.Name, raf.ProviderId, ordered, uri) { ProducesCharging = ProducesCharging(configuration, raf.Name) };
        }).ToList();
    }

    /// <summary><c>Gup:Rafs:{name}:ProducesCharging</c>, true unless set otherwise.</summary>
    public static bool ProducesCharging(IConfiguration configuration, string raf) => configuration.GetValue($"Gup:Rafs:{raf}:ProducesCharging", true);

    /// <summary>The component types of <c>Gup:Rafs:{name}:ComponentTypes</c> in configuration order; each must be declared.</summary>
    private static List<XName> TypesOf(IConfiguration configuration, string raf, SchemaRegistry schemas)
    {
        var key = $"Gup:Rafs:{raf}:ComponentTypes";
        var result = new List<XName>();
        foreach (var value in configuration.GetSection(key).GetChildren().Select(c => c.Value ?? ""))
        {
            XName type;
            try
            {
                type = XName.Get(value);
            }
            catch (Exception ex) when (ex is ArgumentException or XmlException)
            {
                throw new ConfigurationException(key, $"holds '{value}', which is not a component type written {{namespace}}name.", "Write it as in appsettings.json.", ex);
            }

            result.Add(schemas.IsComponentType(type)
                ? type
                : throw new ConfigurationException(key, $"names {type}, which no schema declares as a component type.",
                    $"Declare it (a descriptor beside its schema in the schema directory, or {ComponentTypeHosting.TypesKey}) or remove it."));
        }

        return result;
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
