using System.Reflection;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;

namespace GupSoap.Server.Mcptt;

/// <summary>The hand-written <c>wsdl/McpttCm.wsdl</c> with its XSDs (cm.xsd from this assembly, the rest from Schemas).</summary>
public static class McpttCmWsdl
{
    private static readonly Assembly ServerAssembly = typeof(McpttCmWsdl).Assembly;

    public static readonly WsdlDocument Document = new(Resource("GupSoap.Wsdl.McpttCm.wsdl")!, Schema);

    private static string? Schema(string name) =>
        name == "cm.xsd" ? Resource("GupSoap.Wsdl.cm.xsd") : SchemaRegistry.Default.GetSchemaText(name);

    private static string? Resource(string name) => EmbeddedText.Read(ServerAssembly, name);
}
