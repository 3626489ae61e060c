using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Core.DataReferences;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Raf;

/// <summary>Names, component documents and data references shared by the RAF unit tests.</summary>
internal static class RafTestData
{
    public static readonly XNamespace Sub = ComponentTypeNames.SubscriberNamespace;
    public static readonly XNamespace Pres = ComponentTypeNames.PresenceNamespace;
    public static readonly XNamespace Lcs = ComponentTypeNames.LcsNamespace;
    public static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    /// <summary>DisplayName, Language and two MSISDNs (111, 222); schema-valid.</summary>
    public static XElement SubscriberInfo() => XElement.Parse("""
        <SubscriberInfo xmlns="urn:3gpp:gup:2006-08:subscriber"><DisplayName>Alice</DisplayName><Language>en</Language><MSISDN>111</MSISDN><MSISDN>222</MSISDN></SubscriberInfo>
        """);

    /// <summary>Status and one device <c>phone</c>, no Note; schema-valid.</summary>
    public static XElement PresenceSettings() => XElement.Parse("""
        <PresenceSettings xmlns="urn:3gpp:gup:2006-08:presence"><Status>open</Status><Device id="phone"><Status>closed</Status></Device></PresenceSettings>
        """);

    /// <summary>A default policy and one exception for client <c>c1</c>; schema-valid.</summary>
    public static XElement LcsPrivacy(string extra = "") => XElement.Parse($"""
        <LcsPrivacy xmlns="urn:3gpp:gup:2006-08:lcs"><DefaultPolicy>allow</DefaultPolicy>{extra}<Exception client="c1">deny</Exception></LcsPrivacy>
        """);

    /// <summary>Parses a data reference with the well-known prefixes (gup, sub, pres, lcs, mcpttup).</summary>
    public static DataReference Select(string text)
    {
        var result = DataReferenceParser.Parse(text, WellKnownPrefixes.Lookup);
        Assert.IsTrue(result.Success, result.Error);
        return result.Reference;
    }

    /// <summary>Local names of the element's children, in document order, e.g. <c>Status,Note,Device</c>.</summary>
    public static string ChildNames(XElement element) => string.Join(",", element.Elements().Select(e => e.Name.LocalName));
}
