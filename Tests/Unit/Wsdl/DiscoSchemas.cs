using System.Text;
using System.Xml;
using System.Xml.Schema;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// wsdl/disco.xsd compiled the way a client of <c>/disco?wsdl</c> does: every import fetched relative to the served
/// address, beside it at <c>/disco/{file}</c> (disco, wsa, sbf and sec from wsdl/, liberty-utility.xsd from the schema registry).
/// </summary>
internal static class DiscoSchemas
{
    public const string ServedAddress = "http://localhost/disco";
    private static readonly Lazy<XmlSchemaSet> Compiled = new(() =>
    {
        var (set, messages, _) = Compile(File.ReadAllText(XsdPath("disco.xsd")), ServedAddress + "/disco.xsd");
        return messages.Count == 0 && set.IsCompiled ? set : throw new InvalidOperationException("disco.xsd does not compile: " + string.Join("; ", messages));
    });

    public static XmlSchemaSet Set => Compiled.Value;

    public static string XsdPath(string name) => Path.Combine(TestPaths.RepoRoot, "wsdl", name);

    /// <summary>Compiles one schema read from <paramref name="baseUri"/>; answers the names fetched from <c>/disco/{file}</c>.</summary>
    public static (XmlSchemaSet Set, List<string> Messages, List<string> Fetched) Compile(string schemaText, string baseUri)
    {
        var resolver = new Resolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var messages = new List<string>();
        set.ValidationEventHandler += (_, e) => messages.Add(e.Message);
        using (var reader = XmlReader.Create(new StringReader(schemaText), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }, baseUri))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return (set, messages, resolver.Fetched);
    }

    private sealed class Resolver : XmlResolver
    {
        public List<string> Fetched { get; } = [];

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            var path = absoluteUri.GetLeftPart(UriPartial.Path);
            if (!path.StartsWith(ServedAddress + "/", StringComparison.Ordinal) || absoluteUri.Query.Length > 0)
            {
                throw new XmlException("not a served schema: " + absoluteUri);
            }

            var name = path[(ServedAddress.Length + 1)..];
            Fetched.Add(name);
            var text = GupSoap.Discovery.DiscoveryWsdl.OwnSchemas.Contains(name) ? File.ReadAllText(XsdPath(name)) : SchemaRegistry.Default.GetSchemaText(name)
                ?? throw new XmlException("no such schema: " + name);
            return new MemoryStream(Encoding.UTF8.GetBytes(text));
        }
    }
}
