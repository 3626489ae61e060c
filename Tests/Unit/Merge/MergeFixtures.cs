using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Tests.Unit.Merge;

/// <summary>Component documents as RAFs return them (declarations on the root) and as code builds them (none at all).</summary>
internal static class MergeFixtures
{
    public const string ResourceId = "sip:alice@example.org";

    /// <summary>Text holds prefixed QNames (a data reference, an xsi:type value) whose prefixes only the root declares.</summary>
    public const string AuthorizationRules = """
        <gup:AuthorizationRules xmlns:gup="urn:3gpp:gup:2006-08" xmlns:sub="urn:3gpp:gup:2006-08:subscriber"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="r1">
            <gup:Target><gup:Select>/gup:Profile/sub:SubscriberInfo/sub:MSISDN</gup:Select></gup:Target>
            <gup:Note xsi:type="xs:string">read</gup:Note>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    public const string SubscriberInfo = """
        <sub:SubscriberInfo xmlns:sub="urn:3gpp:gup:2006-08:subscriber">
          <sub:DisplayName>Alice</sub:DisplayName>
          <sub:Language>en</sub:Language>
          <sub:MSISDN>46700000001</sub:MSISDN>
        </sub:SubscriberInfo>
        """;

    public const string PresenceSettings = """
        <pres:PresenceSettings xmlns:pres="urn:3gpp:gup:2006-08:presence" xmlns:sub="urn:3gpp:gup:2006-08:subscriber">
          <pres:Status>open</pres:Status>
          <pres:Device id="phone"><pres:Status>closed</pres:Status></pres:Device>
        </pres:PresenceSettings>
        """;

    public static XElement Parse(string text) => XElement.Parse(text);

    public static XElement BuiltSubscriberInfo()
    {
        XNamespace sub = Namespaces.Subscriber;
        XNamespace xsi = Namespaces.XmlSchemaInstance;
        return new XElement(sub + "SubscriberInfo",
            new XElement(sub + "DisplayName", new XAttribute(xsi + "type", "string"), "Bob"),
            new XElement(sub + "MSISDN", "46700000002"),
            new XElement("Extension", new XAttribute("kind", "local"), new XElement(sub + "Note", "in no-namespace parent")));
    }

    public static XElement BuiltAuthorizationRules()
    {
        XNamespace gup = Namespaces.Gup;
        return new XElement(gup + "AuthorizationRules",
            new XElement(gup + "DefaultEffect", "Deny"),
            new XElement(gup + "Rule", new XAttribute("id", "r1"), new XElement(gup + "Effect", "Permit")));
    }

    public static XElement BuiltNoNamespace() =>
        new("Plain", new XAttribute("{urn:test:attr}a", "v"), new XElement("Inner", "text"), new XElement("{urn:test:d1}Child", new XElement("Grand")));
}
