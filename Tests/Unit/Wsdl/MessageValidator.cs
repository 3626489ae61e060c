using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Core.Soap;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// Validates messages against an interface XSD (and the embedded schemas it imports): the hand-written fixtures,
/// which are then read the way the server reads them, and what the contracts write.
/// </summary>
internal sealed class MessageValidator(WsdlInterface contract)
{
    /// <summary>Validation errors of <paramref name="xml"/> against the interface XSD; an undeclared root is an error too.</summary>
    public List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationType = ValidationType.Schema,
            Schemas = contract.Schemas,
            ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
            }
        };
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            reader.MoveToContent();
            if (contract.Schemas.GlobalElements[new XmlQualifiedName(reader.LocalName, reader.NamespaceURI)] is null)
            {
                errors.Add($"root {reader.NamespaceURI}:{reader.LocalName} is not declared");
            }

            while (reader.Read())
            {
            }
        }

        return errors;
    }

    /// <summary>
    /// Validates a fixture, checks its root is <paramref name="rootElement"/> (by default the fixture's name) and reads it
    /// the way the server does (unknown content is an error).
    /// </summary>
    public T ValidateAndDeserialize<T>(string fixture, string? rootElement = null)
    {
        var text = File.ReadAllText(contract.FixturePath(fixture));
        var errors = Validate(text);
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        var root = XElement.Parse(text);
        Assert.AreEqual(XName.Get(rootElement ?? fixture, contract.Namespace), root.Name);

        using (var reader = root.CreateReader())
        {
            Assert.IsTrue(MessageSerializer.For(typeof(T)).CanDeserialize(reader), "XmlSerializer does not recognise the root element of " + fixture);
        }

        var (value, error) = MessageSerializer.Deserialize(root, typeof(T));
        Assert.IsNull(error, error);
        return (T)value!;
    }

    /// <summary>Validation errors of a fixture after <paramref name="edit"/> has changed it.</summary>
    public List<string> ValidateEdited(string fixture, Action<XDocument> edit)
    {
        var doc = XDocument.Load(contract.FixturePath(fixture));
        edit(doc);
        return Validate(doc.ToString());
    }

    /// <summary>An edit for <see cref="ValidateEdited"/>: the gup:ResourceID child, which comes first, moved behind the others.</summary>
    public static void MoveResourceIdToTheEnd(XDocument doc)
    {
        var resource = doc.Root!.Element(XName.Get("ResourceID", Namespaces.Gup))!;
        resource.Remove();
        doc.Root.Add(resource);
    }

    /// <summary>Every request and response element of the interface has a fixture named after it.</summary>
    public void AssertEveryMessageElementHasAFixture()
    {
        foreach (var element in contract.MessageElements())
        {
            Assert.IsTrue(File.Exists(contract.FixturePath(element)), "missing fixture " + element);
        }
    }

    /// <summary>What the contracts write for <paramref name="instance"/> is valid, has the declared root and reads back.</summary>
    public void AssertSerializesValid(object instance)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            MessageSerializer.Serialize(writer, instance);
        }

        var errors = Validate(text.ToString());

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors) + Environment.NewLine + text);
        var root = XElement.Parse(text.ToString());
        Assert.AreEqual(XName.Get(instance.GetType().GetCustomAttribute<XmlRootAttribute>()!.ElementName, contract.Namespace), root.Name);
        Assert.IsNotNull(contract.Schemas.GlobalElements[new XmlQualifiedName(root.Name.LocalName, root.Name.NamespaceName)]);
        var (readBack, error) = MessageSerializer.Deserialize(root, instance.GetType());
        Assert.IsNull(error, error);
        Assert.IsInstanceOfType(readBack, instance.GetType());
    }
}
