using System.Reflection;
using GupSoap.Core.Wsdl;

namespace GupSoap.Discovery;

/// <summary>The hand-written <c>wsdl/Disco.wsdl</c> with its XSDs; liberty-utility.xsd comes from the host's schema source.</summary>
public static class DiscoveryWsdl
{
    private static readonly Assembly DiscoveryAssembly = typeof(DiscoveryWsdl).Assembly;

    /// <summary>The schema files served beside the WSDL from this assembly.</summary>
    public static readonly IReadOnlyList<string> OwnSchemas = ["disco.xsd", "wsa.xsd", "sbf.xsd", "sec.xsd"];

    /// <summary>The WSDL document; <paramref name="otherSchemas"/> serves the imports not embedded here (liberty-utility.xsd).</summary>
    public static WsdlDocument Create(Func<string, string?> otherSchemas)
    {
        ArgumentNullException.ThrowIfNull(otherSchemas);
        return new WsdlDocument(Resource("Disco.wsdl")!, name => OwnSchemas.Contains(name) ? Resource(name) : otherSchemas(name));
    }

    /// <summary>One of <see cref="OwnSchemas"/> as text, or null.</summary>
    public static string? Schema(string name) => OwnSchemas.Contains(name) ? Resource(name) : null;

    private static string? Resource(string name) => EmbeddedText.Read(DiscoveryAssembly, "GupSoap.Wsdl." + name);
}
