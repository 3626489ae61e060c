using System.Reflection;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// The hand-written <c>wsdl/Rp.wsdl</c> with its XSDs: rp.xsd from the RAF assembly, importing every component schema
/// of the registry as well, and the rest from Schemas.
/// </summary>
public static class RpWsdl
{
    private static readonly Assembly RafAssembly = typeof(RafInstance).Assembly;

    private static readonly string RpXsd = SchemaLocations.AddImports(Resource("GupSoap.Wsdl.rp.xsd")!, SchemaRegistry.Default.ComponentSchemas);

    public static readonly WsdlDocument Document = new(Resource("GupSoap.Wsdl.Rp.wsdl")!, Schema);

    /// <summary>The description the NotifyData receiver (<c>/gup/notify</c>) serves: RpService bound to the callback bindings.</summary>
    public static readonly WsdlDocument CallbackReceiver = Document.ForCallbackReceiver();

    private static string? Schema(string name) =>
        name == "rp.xsd" ? RpXsd : SchemaRegistry.Default.GetSchemaText(name);

    private static string? Resource(string name) => EmbeddedText.Read(RafAssembly, name);
}
