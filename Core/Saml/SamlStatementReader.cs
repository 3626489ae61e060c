using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// Reads the statements of an assertion (saml-core §2.7): attribute values by name; authentication and authorization
/// decision statements are accepted and carry nothing we use; any other statement is refused.
/// </summary>
internal static class SamlStatementReader
{
    private static readonly XNamespace Xsi = Contracts.Namespaces.XmlSchemaInstance;

    public static string? Read(IEnumerable<XElement> statements, Dictionary<string, List<string>> attributes)
    {
        foreach (var statement in statements)
        {
            if (statement.Name == SamlNames.AttributeStatement)
            {
                var error = ReadAttributes(statement, attributes);
                if (error is not null)
                {
                    return error;
                }
            }
            else if (statement.Name != SamlNames.AuthnStatement && statement.Name != SamlNames.AuthzDecisionStatement)
            {
                return "The assertion holds an element that is not a supported statement.";
            }
        }

        return null;
    }

    private static string? ReadAttributes(XElement statement, Dictionary<string, List<string>> attributes)
    {
        var children = StrictXml.Children(statement);
        if (children is null || children.Count == 0 || !StrictXml.AttributesWithin(statement))
        {
            return "AttributeStatement must hold attributes.";
        }

        foreach (var attribute in children)
        {
            var name = (string?)attribute.Attribute("Name");
            var values = attribute.Name == SamlNames.Attribute ? StrictXml.Children(attribute) : null;
            if (string.IsNullOrEmpty(name) || values is null || values.Any(v => v.Name != SamlNames.AttributeValue)
                || !attribute.Attributes().All(a => a.IsNamespaceDeclaration || a.Name.Namespace != XNamespace.None || a.Name.LocalName is "Name" or "NameFormat" or "FriendlyName"))
            {
                return "An Attribute must carry a Name and hold AttributeValue elements only (encrypted attributes are not supported).";
            }

            if (!attributes.TryGetValue(name, out var list))
            {
                attributes[name] = list = [];
            }

            foreach (var value in values)
            {
                var text = StrictXml.Text(value);
                if (text is null || value.Attributes().Any(a => !a.IsNamespaceDeclaration && a.Name != Xsi + "type" && a.Name != Xsi + "nil"))
                {
                    return "AttributeValue must be simple text.";
                }

                list.Add(text);
            }
        }

        return null;
    }
}
