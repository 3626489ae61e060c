using System.Xml;
using System.Xml.Schema;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Compiles an interface XSD: once against the embedded schema registry, once the way a client does from the served addresses.</summary>
internal static class SchemaCompilation
{
    /// <summary>The interface XSD with its imports taken from <see cref="SchemaRegistry.Default"/>; throws when it does not compile cleanly.</summary>
    public static XmlSchemaSet CompileWithRegistry(WsdlInterface contract)
    {
        var messages = new List<string>();
        var resolver = SchemaRegistry.Default.CreateResolver();
        var set = SchemaRegistry.Default.CompileWith(File.ReadAllText(contract.XsdPath), resolver, messages);
        if (messages.Count > 0 || !set.IsCompiled)
        {
            throw new InvalidOperationException(contract.XsdName + " does not compile: " + string.Join("; ", messages));
        }

        return set;
    }

    /// <summary>Compiles one schema text read from <paramref name="baseUri"/>, its imports fetched through <paramref name="resolver"/> only.</summary>
    public static (XmlSchemaSet Set, List<string> Messages) CompileServed(string schemaText, string baseUri, ServedSchemaResolver resolver)
    {
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var messages = new List<string>();
        set.ValidationEventHandler += (_, e) => messages.Add(e.Message);
        using (var reader = XmlReader.Create(new StringReader(schemaText), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }, baseUri))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return (set, messages);
    }
}
