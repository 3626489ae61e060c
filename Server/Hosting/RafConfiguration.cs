using System.Xml.Linq;
using GupSoap.Raf;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>Reads <c>Gup:Rafs:{name}</c> (component types as Clark names, optional ProviderId) into <see cref="RafOptions"/>.</summary>
internal static class RafConfiguration
{
    public static IReadOnlyList<RafOptions> Read(IConfiguration configuration, string dataDirectory)
    {
        var result = new List<RafOptions>();
        foreach (var section in configuration.GetSection("Gup:Rafs").GetChildren())
        {
            var name = section.Key;
            if (!IsValidName(name))
            {
                throw new InvalidOperationException($"RAF name '{name}' must be lower-case letters, digits or '-'.");
            }

            var types = section.GetSection("ComponentTypes").GetChildren().Select(c => XName.Get(c.Value!)).ToHashSet();
            result.Add(new RafOptions
            {
                Name = name,
                ProviderId = section["ProviderId"] ?? $"urn:gupsoap:raf:{name}",
                ComponentTypes = types,
                DatabasePath = Path.Combine(dataDirectory, $"raf-{name}.db"),
                DefaultListCount = section.GetValue("DefaultListCount", 100),
                MaxListCount = section.GetValue("MaxListCount", 1000),
            });
        }

        return result;
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
