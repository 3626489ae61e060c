using System.Reflection;
using GupSoap.Core.Wsdl;
using GupSoap.Schemas;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// The hand-written <c>wsdl/Rp.wsdl</c> with its XSDs: rp.xsd from the RAF assembly, importing every component schema
/// the deployment declares (built in and the operator's), and the rest from the deployment's schema registry.
/// </summary>
public static class RpWsdl
{
    private static readonly Assembly RafAssembly = typeof(RafInstance).Assembly;

    private static readonly string RpXsdText = Resource("GupSoap.Wsdl.rp.xsd")!;

    private static readonly string RpWsdlText = Resource("GupSoap.Wsdl.Rp.wsdl")!;

    /// <summary>The description of the built-in component types alone (tests, tools).</summary>
    public static WsdlDocument Document { get; } = For(SchemaRegistry.Default);

    /// <summary>The callback receiver's description (<see cref="CallbackReceiverFor"/>) of the built-in component types alone.</summary>
    public static WsdlDocument CallbackReceiver { get; } = Document.ForCallbackReceiver();

    /// <summary>The description an Rp endpoint of a deployment with <paramref name="schemas"/> serves; built once at start.</summary>
    public static WsdlDocument For(SchemaRegistry schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var rpXsd = SchemaLocations.AddImports(RpXsdText, schemas.ComponentSchemas);
        return new WsdlDocument(RpWsdlText, name => name == "rp.xsd" ? rpXsd : schemas.GetSchemaText(name));
    }

    /// <summary>The description the NotifyData receiver (<c>/gup/notify</c>) serves: RpService bound to the callback bindings.</summary>
    public static WsdlDocument CallbackReceiverFor(SchemaRegistry schemas) => For(schemas).ForCallbackReceiver();

    private static string? Resource(string name) => EmbeddedText.Read(RafAssembly, name);
}
