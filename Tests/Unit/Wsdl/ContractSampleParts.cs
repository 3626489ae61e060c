using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>The parts the Rp and Rg contract samples are built from: one time, one subscriber, one requestor, one component.</summary>
internal static class ContractSampleParts
{
    public static readonly XNamespace Sub = Namespaces.Subscriber;

    public static DateTime At { get; } = new(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc);

    public static XmlQualifiedName SubscriberInfo { get; } = new("SubscriberInfo", Sub.NamespaceName);

    /// <summary>The prefixes a Select in the samples uses: gup and sub.</summary>
    public static Dictionary<string, string> Scope() => new() { ["gup"] = Namespaces.Gup, ["sub"] = Sub.NamespaceName };

    public static RequestorData Requestor() => new()
    {
        SubscriberId = "sip:alice@example.org",
        ApplicationId = "urn:example:app",
        PrivacyPolicy = "default",
        RedirectionIndication = "Preferred",
        AdditionalInfo = new AnyContent { Elements = [new XElement("{urn:example:x}Hint", "1")], Text = "note" },
    };

    public static ResourceId Alice() => new() { Type = "sip", Value = "sip:alice@example.org" };

    /// <summary>A SubscriberInfo component valid against the subscriber schema.</summary>
    public static XElement Component() => new(
        Sub + "SubscriberInfo",
        new XElement(Sub + "DisplayName", "Alice"),
        new XElement(Sub + "Language", "en"),
        new XElement(Sub + "MSISDN", "+447700900123"));
}
