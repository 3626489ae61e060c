using System.Reflection;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Wsdl;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// One interface whose hand-written WSDL and XSD (wsdl/) are checked against its XmlSerializer contracts
/// (Contracts/Rp, Contracts/Rg, Contracts/Mcptt): names, files, operations and the addresses it is served at.
/// </summary>
internal sealed class WsdlInterface
{
    private readonly Lazy<XmlSchemaSet> _schemas;

    private readonly Func<WsdlDocument> _served;

    private WsdlInterface(string name, string targetNamespace, Type operationsType, Func<string, string> action, string actionPrefix, string servedAddress, string placeholderAddress,
        string callbackOperation, Func<WsdlDocument> served)
    {
        Name = name;
        Namespace = targetNamespace;
        Operations = OperationNames(operationsType);
        CallbackOperations = [callbackOperation];
        _served = served;
        OperationsType = operationsType;
        Action = action;
        ActionPrefix = actionPrefix;
        ServedAddress = new Uri(servedAddress);
        PlaceholderAddress = placeholderAddress;
        _schemas = new(() => SchemaCompilation.CompileWithRegistry(this));
    }

    public static WsdlInterface Rp { get; } = new(
        "Rp",
        Namespaces.Rp,
        typeof(RpOperations),
        RpOperations.Action,
        "urn:3gpp:gup:2006-08:rp:",
        "http://localhost/raf/hss/rp",
        "http://localhost/raf/NAME/rp",
        RpOperations.NotifyData,
        () => GupSoap.Raf.Endpoints.RpWsdl.Document);

    public static WsdlInterface Rg { get; } = new(
        "Rg",
        Namespaces.Rg,
        typeof(RgOperations),
        RgOperations.Action,
        "urn:3gpp:gup:2006-08:rg:",
        "http://localhost/gup/rg",
        "http://localhost/gup/rg",
        RgOperations.Notify,
        () => GupSoap.Server.Endpoints.RgWsdl.Document);

    public static WsdlInterface Cm { get; } = new(
        "McpttCm",
        Namespaces.McpttCm,
        typeof(Contracts.Mcptt.CmOperations),
        Contracts.Mcptt.CmOperations.Action,
        "urn:3gpp:mcptt:cm:1.0:",
        "http://localhost/mcptt/cm",
        "http://localhost/mcptt/cm",
        Contracts.Mcptt.CmOperations.ProfileUpdateNotification,
        () => GupSoap.Server.Mcptt.McpttCmWsdl.Document);

    /// <summary>"Rp", "Rg" or "McpttCm": prefix of the WSDL names (RpPortType, RpFault, ...) and the fixture folder.</summary>
    public string Name { get; }

    public string Namespace { get; }

    /// <summary>Every operation name constant of <see cref="OperationsType"/>: an operation added there must appear in the WSDL.</summary>
    public IReadOnlyList<string> Operations { get; }

    /// <summary>The operations the server sends to a subscriber's NotifyTo: on <c>{Name}CallbackPortType</c>, never on a service port.</summary>
    public IReadOnlyList<string> CallbackOperations { get; }

    /// <summary>The operations the service ports offer: <see cref="Operations"/> less the callbacks.</summary>
    public IReadOnlyList<string> ServiceOperations => [.. Operations.Except(CallbackOperations)];

    /// <summary>The description as the server serves it (the interface XSD with its component imports).</summary>
    public WsdlDocument ServedDocument => _served();

    /// <summary>The operations class; the contracts are the XmlType classes of its namespace.</summary>
    public Type OperationsType { get; }

    /// <summary>The SOAPAction of an operation as the contracts state it.</summary>
    public Func<string, string> Action { get; }

    /// <summary>The SOAPAction of every operation is this literal followed by the operation name.</summary>
    public string ActionPrefix { get; }

    /// <summary>Where a test pretends the endpoint is served (the WSDL at <c>?wsdl</c>, schemas beside it at <c>/{file}</c>).</summary>
    public Uri ServedAddress { get; }

    /// <summary>The port address written in the WSDL file, replaced when it is served.</summary>
    public string PlaceholderAddress { get; }

    /// <summary>The last path segment of the served address: what the schema imports are relative to ("rp", "rg").</summary>
    public string ServedName => ServedAddress.Segments[^1];

    public string WsdlAddress => ServedAddress + "?wsdl";

    public string XsdName => ServedName + ".xsd";

    public string XsdPath => Path.Combine(TestPaths.RepoRoot, "wsdl", XsdName);

    public string WsdlPath => Path.Combine(TestPaths.RepoRoot, "wsdl", Name + ".wsdl");

    /// <summary>The interface XSD compiled with the embedded schemas it imports.</summary>
    public XmlSchemaSet Schemas => _schemas.Value;

    public string FixturePath(string fixture) => Path.Combine(AppContext.BaseDirectory, "Fixtures", Name, fixture + ".xml");

    /// <summary>Every request and response element: each operation and its Response.</summary>
    public IEnumerable<string> MessageElements() => Operations.SelectMany(o => new[] { o, o + "Response" });

    public List<Type> ContractTypes() => OperationsType.Assembly.GetTypes()
        .Where(t => t.Namespace == OperationsType.Namespace && t.GetCustomAttribute<XmlTypeAttribute>() is not null)
        .ToList();

    private static string[] OperationNames(Type operationsType) => operationsType
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
