using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Core.Xml;

/// <summary>
/// Builds an <see cref="XDocument"/> from untrusted input in one streaming pass, enforcing <see cref="XmlLimits"/>
/// while reading (SECURITY.md P1–P13): a document that breaks a cap is abandoned at that node, not after.
/// Processing instructions (other than the XML declaration) are refused (P8); comments are dropped, so text split
/// by a comment is compared whole (S5). The document built here is the one every later step consumes (P15).
/// </summary>
public static class SafeXmlLoader
{
    private static readonly XNamespace XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string DtdRefused = "DTDs are not accepted: send the document without a DOCTYPE.";

    public static SafeXmlLoadResult Load(Stream input, XmlLimits limits)
    {
        using var reader = SafeXmlReaderFactory.Create(input, limits);
        return Load(reader, limits);
    }

    public static SafeXmlLoadResult Load(string xml, XmlLimits limits)
    {
        using var text = new StringReader(xml);
        using var reader = SafeXmlReaderFactory.Create(text, limits);
        return Load(reader, limits);
    }

    /// <summary>
    /// Loads the element <paramref name="reader"/> stands on (and nothing after it) as a document of its own, with every
    /// cap of <paramref name="limits"/> applied to that element alone: how a long stream of documents — an import
    /// file of many profiles — is read one document at a time. The reader ends after the element's end tag.
    /// </summary>
    public static SafeXmlLoadResult LoadElement(XmlReader reader, XmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.NodeType != XmlNodeType.Element)
        {
            throw new InvalidOperationException("The reader must stand on an element.");
        }

        SafeXmlLoadResult result;
        using (var subtree = reader.ReadSubtree())
        {
            result = Load(subtree, limits);
        }

        // ReadSubtree leaves the outer reader on the element's end tag (or on the empty element itself).
        reader.Read();
        return result;
    }

    private static SafeXmlLoadResult Load(XmlReader reader, XmlLimits limits)
    {
        try
        {
            return Build(reader, limits);
        }
        catch (XmlException ex)
        {
            return SafeXmlLoadResult.Fail(Describe(ex));
        }
        catch (DecoderFallbackException)
        {
            return SafeXmlLoadResult.Fail("The document is not correctly encoded.");
        }
    }

    private static SafeXmlLoadResult Build(XmlReader reader, XmlLimits limits)
    {
        var document = new XDocument();
        var stack = new Stack<XElement>();
        var elements = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (++elements > limits.MaxElements)
                    {
                        return SafeXmlLoadResult.Fail($"More than {limits.MaxElements} elements.");
                    }

                    if (stack.Count + 1 > limits.MaxDepth)
                    {
                        return SafeXmlLoadResult.Fail($"Elements nested deeper than {limits.MaxDepth}.");
                    }

                    var element = ReadElement(reader, limits, out var error);
                    if (element is null)
                    {
                        return SafeXmlLoadResult.Fail(error!);
                    }

                    if (stack.Count == 0)
                    {
                        if (document.Root is not null)
                        {
                            return SafeXmlLoadResult.Fail("More than one document element.");
                        }

                        document.Add(element);
                    }
                    else
                    {
                        stack.Peek().Add(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (stack.Count == 0)
                    {
                        break;
                    }

                    var value = reader.Value;
                    if (value.Length > limits.MaxTextLength)
                    {
                        return SafeXmlLoadResult.Fail($"A text node is longer than {limits.MaxTextLength} characters.");
                    }

                    stack.Peek().Add(new XText(value));
                    break;
                case XmlNodeType.ProcessingInstruction:
                    return SafeXmlLoadResult.Fail("Processing instructions are not accepted.");
                case XmlNodeType.DocumentType:
                case XmlNodeType.EntityReference:
                    return SafeXmlLoadResult.Fail(DtdRefused);
                default:
                    // XmlDeclaration and Comment carry nothing we use.
                    break;
            }
        }

        return document.Root is null ? SafeXmlLoadResult.Fail("The document has no element.") : SafeXmlLoadResult.Ok(document);
    }

    private static XElement? ReadElement(XmlReader reader, XmlLimits limits, out string? error)
    {
        error = null;
        if (NameLength(reader) > limits.MaxNameLength)
        {
            error = $"An element name is longer than {limits.MaxNameLength} characters.";
            return null;
        }

        var element = new XElement(XNamespace.Get(reader.NamespaceURI) + reader.LocalName);
        if (!reader.HasAttributes)
        {
            return element;
        }

        if (reader.AttributeCount > limits.MaxAttributesPerElement + limits.MaxNamespaceDeclarationsPerElement)
        {
            error = $"An element has more than {limits.MaxAttributesPerElement} attributes.";
            return null;
        }

        int attributes = 0, declarations = 0;
        while (reader.MoveToNextAttribute())
        {
            if (NameLength(reader) > limits.MaxNameLength)
            {
                error = $"An attribute name is longer than {limits.MaxNameLength} characters.";
                return null;
            }

            if (reader.Value.Length > limits.MaxTextLength)
            {
                error = $"An attribute value is longer than {limits.MaxTextLength} characters.";
                return null;
            }

            var isDeclaration = reader.NamespaceURI == XmlnsNamespace.NamespaceName;
            if (isDeclaration ? ++declarations > limits.MaxNamespaceDeclarationsPerElement : ++attributes > limits.MaxAttributesPerElement)
            {
                error = isDeclaration
                    ? $"An element declares more than {limits.MaxNamespaceDeclarationsPerElement} namespaces."
                    : $"An element has more than {limits.MaxAttributesPerElement} attributes.";
                return null;
            }

            // xmlns="" / xmlns:p="" declarations keep the prefixes used in QName-valued content resolvable.
            var name = isDeclaration && reader.Prefix.Length == 0
                ? XName.Get("xmlns")
                : XNamespace.Get(reader.NamespaceURI) + reader.LocalName;
            element.SetAttributeValue(name, reader.Value);
        }

        reader.MoveToElement();
        return element;
    }

    /// <summary>The length of the qualified name, prefix included, without building it.</summary>
    private static int NameLength(XmlReader reader) => reader.Prefix.Length == 0 ? reader.LocalName.Length : reader.Prefix.Length + 1 + reader.LocalName.Length;

    private static string Describe(XmlException ex)
    {
        // The reader refuses a DOCTYPE with advice for .NET programmers (how to enable DTD processing): a client needs
        // to hear only that DTDs are not accepted (SECURITY.md P1).
        if (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return DtdRefused;
        }

        // XmlException texts name the construct and the position; they never contain file paths here
        // because no resolver is configured.
        var message = ex.Message;
        return XmlTextSanitizer.Clean(message.Length > 200 ? message[..200] : message);
    }
}
