using System.Reflection;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// The hand-written <c>wsdl/Rg.wsdl</c> with its XSDs: rg.xsd from this assembly, importing every component schema of
/// the registry as well, and the rest from Schemas.
/// </summary>
public static class RgWsdl
{
    private static readonly Assembly ServerAssembly = typeof(RgWsdl).Assembly;

    private static readonly string RgXsd = SchemaLocations.AddImports(Resource("GupSoap.Wsdl.rg.xsd")!, SchemaRegistry.Default.ComponentSchemas);

    public static readonly WsdlDocument Document = new(Resource("GupSoap.Wsdl.Rg.wsdl")!, Schema);

    private static string? Schema(string name) =>
        name == "rg.xsd" ? RgXsd : SchemaRegistry.Default.GetSchemaText(name);

    private static string? Resource(string name) => EmbeddedText.Read(ServerAssembly, name);
}
