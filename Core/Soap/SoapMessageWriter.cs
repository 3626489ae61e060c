using System.Text;
using System.Xml;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Liberty;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Soap;

/// <summary>Writes envelopes with the SB 2.0 headers (Framework, Sender, MessageID, RelatesTo, Action, ProcessingContext): responses, faults, and our own Rp requests.</summary>
public static class SoapMessageWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };
    private static readonly XmlSerializer StatusSerializer = new(typeof(Status));
    private const string FaultAction = "http://www.w3.org/2005/08/addressing/soap/fault";

    public static void WriteMessage(Stream output, SoapVersion version, OutgoingHeaders headers, object body)
    {
        using var writer = XmlWriter.Create(output, Settings);
        WriteStart(writer, version, headers);
        MessageSerializer.Serialize(writer, body);
        WriteEnd(writer);
    }

    /// <summary>A message whose body element is already XML text (an outbox payload), with the same headers.</summary>
    public static void WriteRawMessage(Stream output, SoapVersion version, OutgoingHeaders headers, string bodyXml)
    {
        using var writer = XmlWriter.Create(output, Settings);
        WriteStart(writer, version, headers);
        writer.WriteRaw(bodyXml);
        WriteEnd(writer);
    }

    public static void WriteFault(Stream output, SoapVersion version, OutgoingHeaders headers, SoapFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        using var writer = XmlWriter.Create(output, Settings);
        WriteStart(writer, version, headers with { Action = FaultAction });
        var env = version.EnvelopeNamespace();
        writer.WriteStartElement("s", "Fault", env);
        if (version == SoapVersion.Soap11)
        {
            writer.WriteStartElement("faultcode");
            WriteCode11(writer, fault);
            writer.WriteEndElement();
            writer.WriteElementString("faultstring", XmlTextSanitizer.Clean(fault.Reason));
            writer.WriteStartElement("detail");
            StatusSerializer.Serialize(writer, fault.Detail);
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteStartElement("s", "Code", env);
            writer.WriteStartElement("s", "Value", env);
            writer.WriteQualifiedName(Code12(fault.Code), env);
            writer.WriteEndElement();
            if (fault.Subcode is { } sub)
            {
                writer.WriteStartElement("s", "Subcode", env);
                writer.WriteStartElement("s", "Value", env);
                WriteQName(writer, sub.NamespaceName, sub.LocalName);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteStartElement("s", "Reason", env);
            writer.WriteStartElement("s", "Text", env);
            writer.WriteAttributeString("xml", "lang", null, "en");
            writer.WriteString(XmlTextSanitizer.Clean(fault.Reason));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("s", "Detail", env);
            StatusSerializer.Serialize(writer, fault.Detail);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        WriteEnd(writer);
    }

    private static void WriteCode11(XmlWriter writer, SoapFault fault)
    {
        if (fault.Subcode is { } sub)
        {
            WriteQName(writer, sub.NamespaceName, sub.LocalName);
            return;
        }

        var local = fault.Code switch
        {
            SoapFaultCode.Sender => "Client",
            SoapFaultCode.Receiver => "Server",
            SoapFaultCode.VersionMismatch => "VersionMismatch",
            _ => "MustUnderstand",
        };
        writer.WriteQualifiedName(local, Namespaces.Soap11);
    }

    private static string Code12(SoapFaultCode code) => code switch
    {
        SoapFaultCode.Sender => "Sender",
        SoapFaultCode.Receiver => "Receiver",
        SoapFaultCode.VersionMismatch => "VersionMismatch",
        _ => "MustUnderstand",
    };

    private static void WriteQName(XmlWriter writer, string ns, string local)
    {
        if (writer.LookupPrefix(ns) is null)
        {
            var prefix = ns switch
            {
                Namespaces.SoapBinding => "sb",
                Namespaces.WsSecurity => "wsse",
                _ => "f",
            };
            writer.WriteAttributeString("xmlns", prefix, null, ns);
        }

        writer.WriteQualifiedName(local, ns);
    }

    private static void WriteStart(XmlWriter writer, SoapVersion version, OutgoingHeaders headers)
    {
        var env = version.EnvelopeNamespace();
        writer.WriteStartDocument();
        writer.WriteStartElement("s", "Envelope", env);
        writer.WriteStartElement("s", "Header", env);
        writer.WriteStartElement("sbf", "Framework", Namespaces.SoapBindingFramework);
        writer.WriteAttributeString("version", "2.0");
        writer.WriteEndElement();
        if (headers.SenderProviderId is { } sender)
        {
            writer.WriteStartElement("sb", "Sender", Namespaces.SoapBinding);
            writer.WriteAttributeString("providerID", sender);
            writer.WriteEndElement();
        }

        writer.WriteElementString("wsa", "MessageID", Namespaces.WsAddressing, headers.MessageId);
        headers.Security?.WriteTo(writer);
        headers.Token?.WriteTo(writer);
        if (headers.RelatesTo is { } relatesTo)
        {
            writer.WriteElementString("wsa", "RelatesTo", Namespaces.WsAddressing, relatesTo);
        }

        if (headers.Action is { } action)
        {
            writer.WriteElementString("wsa", "Action", Namespaces.WsAddressing, action);
        }

        if (headers.ProcessingContext is { } processingContext)
        {
            writer.WriteElementString("sb", "ProcessingContext", Namespaces.SoapBinding, processingContext);
        }

        writer.WriteEndElement();
        writer.WriteStartElement("s", "Body", env);
    }

    private static void WriteEnd(XmlWriter writer)
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}

/// <summary>Header values of one outgoing envelope (a response, a fault, or a request we send).</summary>
/// <param name="Security">A complete wsse:Security header to write as it is.</param>
/// <param name="Token">A wsse:Security header made of a fresh Timestamp and this (shared, never modified) token.</param>
public sealed record OutgoingHeaders(string MessageId, string? RelatesTo, string? Action, string? SenderProviderId, string? ProcessingContext = null,
    System.Xml.Linq.XElement? Security = null, Security.OutgoingToken? Token = null)
{
    public static OutgoingHeaders For(LibertyHeaders? request, string? action, string? providerId) =>
        new("urn:uuid:" + Guid.NewGuid().ToString("D"), request?.MessageId, action, providerId);
}
