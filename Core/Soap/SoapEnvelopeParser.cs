using System.Xml.Linq;

namespace GupSoap.Core.Soap;

/// <summary>Checks the envelope structure (SOAP 1.1 §4, SOAP 1.2 part 1 §5) and finds the Body's operation element.</summary>
public static class SoapEnvelopeParser
{
    public static (SoapEnvelope? Envelope, SoapFault? Fault) Parse(XDocument document, SoapVersion announced)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root!;
        XNamespace env = announced.EnvelopeNamespace();
        if (root.Name.LocalName != "Envelope")
        {
            return (null, SoapFaults.Malformed("the document element is not a SOAP Envelope."));
        }

        if (root.Name.Namespace != env)
        {
            var other = announced == SoapVersion.Soap11 ? SoapVersion.Soap12 : SoapVersion.Soap11;
            return root.Name.Namespace == other.EnvelopeNamespace()
                ? (null, SoapFaults.VersionMismatch("The envelope namespace does not match the media type."))
                : (null, SoapFaults.VersionMismatch("Unknown SOAP envelope namespace."));
        }

        XElement? header = null, body = null;
        foreach (var child in root.Elements())
        {
            if (child.Name == env + "Header" && header is null && body is null)
            {
                header = child;
            }
            else if (child.Name == env + "Body" && body is null)
            {
                body = child;
            }
            else
            {
                return (null, SoapFaults.Malformed($"unexpected element '{SoapFaults.Truncate(child.Name.LocalName)}' in the Envelope."));
            }
        }

        if (body is null)
        {
            return (null, SoapFaults.Malformed("the Envelope has no Body."));
        }

        var operations = body.Elements().Take(2).ToList();
        if (operations.Count != 1)
        {
            return (null, SoapFaults.Malformed(operations.Count == 0 ? "the Body is empty." : "the Body carries more than one element."));
        }

        var headers = header?.Elements().ToList() ?? [];
        return (new SoapEnvelope(announced, headers, operations[0]), null);
    }
}
