using System.Globalization;
using System.Text;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Authorization;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>Rules written as XML, requestors and a profile view shared by the authorization tests.</summary>
internal static class AuthorizationFixtures
{
    public const string Alice = "sip:alice@example.org";
    public const string Buddy = "urn:example:app:buddy";
    public const string Chat = "urn:example:app:chat";
    public const string P = "urn:example:p";
    public const string Q = "urn:example:q";

    public static readonly XNamespace PNs = P;
    public static readonly XNamespace QNs = Q;
    public static readonly XNamespace Gup = Namespaces.Gup;
    public static readonly XName Contacts = PNs + "Contacts";
    public static readonly XName Other = QNs + "Other";

    /// <summary>Two entries with the same element names, told apart only by their id attribute.</summary>
    public const string ContactsXml = """
        <p:Contacts xmlns:p="urn:example:p" owner="alice" secret="s1">
          <p:Name>Alice</p:Name>
          <p:Entry id="e1" note="n1"><p:Phone>111</p:Phone><p:Pin>1234</p:Pin></p:Entry>
          <p:Entry id="e2" note="n2"><p:Phone>222</p:Phone><p:Pin>9999</p:Pin></p:Entry>
          <p:Meta>m</p:Meta>
        </p:Contacts>
        """;

    public const string OtherXml = """<q:Other xmlns:q="urn:example:q"><q:V>v</q:V></q:Other>""";

    public static XElement ContactsComponent() => XElement.Parse(ContactsXml);

    public static XElement Profile() =>
        new(Gup + "Profile", new XAttribute("resourceID", Alice), XElement.Parse(ContactsXml), XElement.Parse(OtherXml));

    public static RequestorContext Who(
        string provider = Buddy,
        string? application = null,
        string? subscriber = null,
        bool hplmn = true,
        bool system = false) => new()
        {
            ProviderId = provider,
            ApplicationId = application,
            SubscriberId = subscriber,
            Hplmn = hplmn,
            IsSystem = system,
            Mechanism = SecurityMechanisms.TlsBearer,
            Issuer = "urn:example:issuer",
            AssertionId = "a1",
        };

    /// <summary>One gup:Rule; <paramref name="selects"/> are Select texts (prefixes p, q and gup are declared on the root).</summary>
    public static string Rule(
        string id,
        string effect,
        string[]? selects = null,
        string operations = "All",
        int? priority = null,
        string requestor = "<gup:AnyRequestor/>",
        string? hplmn = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<gup:Rule id=\"{id}\">");
        text.Append(hplmn is null ? "<gup:Requestor>" : $"<gup:Requestor hplmn=\"{hplmn}\">").Append(requestor).Append("</gup:Requestor>");
        text.Append("<gup:Target>");
        foreach (var select in selects ?? [])
        {
            text.Append("<gup:Select>").Append(select).Append("</gup:Select>");
        }

        text.Append("</gup:Target>");
        foreach (var operation in operations.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append("<gup:Operation>").Append(operation).Append("</gup:Operation>");
        }

        text.Append("<gup:Effect>").Append(effect).Append("</gup:Effect>");
        if (priority is { } p)
        {
            text.Append(CultureInfo.InvariantCulture, $"<gup:Priority>{p}</gup:Priority>");
        }

        return text.Append("</gup:Rule>").ToString();
    }

    public static XElement RulesElement(string? defaultEffect, params string[] rules) =>
        XElement.Parse(
            "<gup:AuthorizationRules xmlns:gup=\"urn:3gpp:gup:2006-08\" xmlns:p=\"urn:example:p\" xmlns:q=\"urn:example:q\">"
            + (defaultEffect is null ? "" : $"<gup:DefaultEffect>{defaultEffect}</gup:DefaultEffect>")
            + string.Concat(rules)
            + "</gup:AuthorizationRules>");

    public static AuthorizationRules Rules(string? defaultEffect, params string[] rules)
    {
        var (read, error) = AuthorizationRules.Read(RulesElement(defaultEffect, rules));
        Assert.IsNotNull(read, error);
        return read;
    }

    /// <summary>A policy for alice with only subscriber rules.</summary>
    public static AccessPolicy Policy(string? defaultEffect, params string[] rules) => new(Alice, null, Rules(defaultEffect, rules));

    /// <summary>
    /// A compact picture of an element tree for assertions: <c>Name[attr=v](children)</c>, <c>Name:text</c>; only
    /// data attributes (no namespace declarations) and non-blank text appear.
    /// </summary>
    public static string Shape(XElement? element)
    {
        if (element is null)
        {
            return "null";
        }

        var text = new StringBuilder(element.Name.LocalName);
        var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => $"{a.Name.LocalName}={a.Value}").ToList();
        if (attributes.Count > 0)
        {
            text.Append('[').AppendJoin(' ', attributes).Append(']');
        }

        var own = string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        if (own.Length > 0)
        {
            text.Append(':').Append(own);
        }

        var children = element.Elements().Select(Shape).ToList();
        if (children.Count > 0)
        {
            text.Append('(').AppendJoin(',', children).Append(')');
        }

        return text.ToString();
    }
}
