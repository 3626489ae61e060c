using System.Reflection;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// The hand-written <c>wsdl/Rg.wsdl</c> with its XSDs: rg.xsd from this assembly, importing every component schema the
/// deployment declares (built in and the operator's), and the rest from the deployment's schema registry.
/// </summary>
public static class RgWsdl
{
    private static readonly Assembly ServerAssembly = typeof(RgWsdl).Assembly;

    private static readonly string RgXsdText = Resource("GupSoap.Wsdl.rg.xsd")!;

    private static readonly string RgWsdlText = Resource("GupSoap.Wsdl.Rg.wsdl")!;

    /// <summary>The description of the built-in component types alone (tests, tools).</summary>
    public static WsdlDocument Document { get; } = For(SchemaRegistry.Default);

    /// <summary>The description the Rg endpoint of a deployment with <paramref name="schemas"/> serves; built once at start.</summary>
    public static WsdlDocument For(SchemaRegistry schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var rgXsd = SchemaLocations.AddImports(RgXsdText, schemas.ComponentSchemas);
        return new WsdlDocument(RgWsdlText, name => name == "rg.xsd" ? rgXsd : schemas.GetSchemaText(name));
    }

    private static string? Resource(string name) => EmbeddedText.Read(ServerAssembly, name);
}
