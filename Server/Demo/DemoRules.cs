using System.Xml.Linq;

namespace GupSoap.Server.Demo;

/// <summary>The demo subscribers' authorization rules: the demo application may read presence; everything else is denied.</summary>
internal static class DemoRules
{
    public const string DemoApplication = "urn:gupsoap:app:demo";

    public static IEnumerable<XElement> For(XNamespace gup)
    {
        XNamespace pres = Contracts.Namespaces.Presence;
        yield return new XElement(gup + "DefaultEffect", "Deny");
        yield return new XElement(gup + "Rule", new XAttribute("id", "demo-app-reads-presence"),
            new XElement(gup + "Requestor", new XElement(gup + "ProviderID", DemoApplication)),
            new XElement(gup + "Target", new XElement(gup + "Select", new XAttribute(XNamespace.Xmlns + "pres", pres.NamespaceName), "/gup:Profile/pres:PresenceSettings")),
            new XElement(gup + "Operation", "Query"),
            new XElement(gup + "Operation", "Subscribe"),
            new XElement(gup + "Effect", "Permit"));
    }
}
