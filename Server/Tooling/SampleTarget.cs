using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// Where a sample goes and for whom its token is, from the namespace of its operation element: Rg to
/// <c>/gup/rg</c> (audience the GUP Server), Rp to <c>/raf/{name}/rp</c> of the RAF that holds the component type
/// it names (audience that RAF), Discovery to <c>/disco</c>, MCPTT CM to <c>/mcptt/cm</c> (the GUP Server).
/// </summary>
internal sealed record SampleTarget(string Path, string Audience, string Action)
{
    public static (SampleTarget? Target, string? Problem) For(XElement operation, IConfiguration configuration, string? raf)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var ns = operation.Name.NamespaceName;
        var action = ns + ":" + operation.Name.LocalName;
        var gup = ToolConfiguration.ProviderId(configuration);
        switch (ns)
        {
            case Namespaces.Rg:
                return (new SampleTarget("/gup/rg", gup, action), null);
            case Namespaces.McpttCm:
                return (new SampleTarget("/mcptt/cm", gup, action), null);
            case Namespaces.Disco:
                return (new SampleTarget("/disco", configuration["Gup:Discovery:ProviderId"] ?? "urn:gupsoap:disco", action), null);
            case Namespaces.Rp:
                var name = raf ?? RafHolding(operation, configuration);
                return name is null
                    ? (null, "Cannot tell which RAF this Rp sample is for (no rp:ComponentType a configured RAF holds); give --raf NAME.")
                    : (new SampleTarget($"/raf/{name}/rp", configuration[$"Gup:Rafs:{name}:ProviderId"] ?? $"urn:gupsoap:raf:{name}", action), null);
            default:
                return (null, $"{{{ns}}}{operation.Name.LocalName} is not an operation of Rg, Rp, Discovery or MCPTT CM.");
        }
    }

    /// <summary>The first RAF in configuration order that holds a component type the sample names.</summary>
    private static string? RafHolding(XElement operation, IConfiguration configuration)
    {
        var types = operation.Descendants(XName.Get("ComponentType", Namespaces.Rp))
            .Select(e => ComponentType(e))
            .OfType<XName>()
            .ToList();
        foreach (var raf in configuration.GetSection("Gup:Rafs").GetChildren())
        {
            var held = raf.GetSection("ComponentTypes").GetChildren().Select(c => c.Value).OfType<string>().Select(v => XName.Get(v));
            if (held.Any(types.Contains))
            {
                return raf.Key;
            }
        }

        return null;
    }

    private static XName? ComponentType(XElement element)
    {
        var text = element.Value.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var ns = colon < 0
            ? element.GetDefaultNamespace().NamespaceName
            : element.GetNamespaceOfPrefix(text[..colon])?.NamespaceName ?? WellKnownPrefixes.Lookup(text[..colon]);
        return ns is null ? null : XName.Get(text[(colon + 1)..], ns);
    }
}
