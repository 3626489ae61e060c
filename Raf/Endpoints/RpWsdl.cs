using System.Reflection;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;

namespace GupSoap.Raf.Endpoints;

/// <summary>The hand-written <c>wsdl/Rp.wsdl</c> with its XSDs (rp.xsd from the RAF assembly, the rest from Schemas).</summary>
public static class RpWsdl
{
    private static readonly Assembly RafAssembly = typeof(RafInstance).Assembly;

    public static readonly WsdlDocument Document = new(Resource("GupSoap.Wsdl.Rp.wsdl")!, Schema);

    private static string? Schema(string name) =>
        name == "rp.xsd" ? Resource("GupSoap.Wsdl.rp.xsd") : SchemaRegistry.Default.GetSchemaText(name);

    private static string? Resource(string name) => EmbeddedText.Read(RafAssembly, name);
}
