using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Liberty;

/// <summary>Qualified names of the header blocks this service understands (for <c>mustUnderstand</c>).</summary>
public static class LibertyHeaderNames
{
    private static readonly XNamespace Sb = Namespaces.SoapBinding;
    private static readonly XNamespace Sbf = Namespaces.SoapBindingFramework;
    private static readonly XNamespace Wsa = Namespaces.WsAddressing;
    private static readonly XNamespace Wsse = Namespaces.WsSecurity;
    private static readonly XNamespace Wsu = Namespaces.WsUtility;

    public static readonly XName Framework = Sbf + "Framework";
    public static readonly XName Sender = Sb + "Sender";
    public static readonly XName ProcessingContext = Sb + "ProcessingContext";
    public static readonly XName TargetIdentity = Sb + "TargetIdentity";
    public static readonly XName MessageId = Wsa + "MessageID";
    public static readonly XName RelatesTo = Wsa + "RelatesTo";
    public static readonly XName Action = Wsa + "Action";
    public static readonly XName To = Wsa + "To";
    public static readonly XName ReplyTo = Wsa + "ReplyTo";
    public static readonly XName FaultTo = Wsa + "FaultTo";
    public static readonly XName Security = Wsse + "Security";
    public static readonly XName Timestamp = Wsu + "Timestamp";
    public static readonly XName Created = Wsu + "Created";
    public static readonly XName Expires = Wsu + "Expires";

    public static readonly IReadOnlySet<XName> Understood = new HashSet<XName>
    {
        Framework, Sender, ProcessingContext, TargetIdentity, MessageId, RelatesTo, Action, To, ReplyTo, FaultTo, Security,
    };
}
