using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Redirect;

/// <summary>Rg requests that indicate redirect capability, and the redirection data of an answer.</summary>
internal static class RedirectText
{
    private static readonly XNamespace Gup = Namespaces.Gup;

    /// <summary>Adds gup:RequestorData with the redirection indication right after the request's ResourceID.</summary>
    public static string Indicating(string rgBody, string indication) =>
        rgBody.Replace("</gup:ResourceID>", $"</gup:ResourceID><gup:RequestorData><gup:RedirectionIndication>{indication}</gup:RedirectionIndication></gup:RequestorData>", StringComparison.Ordinal);

    public static IReadOnlyList<RedirectEntry> Redirects(SoapHttp.SoapAnswer answer) =>
        [.. answer.Body.Descendants(Gup + "Redirect").Select(r => new RedirectEntry(
            new Uri(r.Element(Gup + "Address")!.Value),
            [.. r.Elements(Gup + "ComponentType").Select(Resolve)],
            new XElement(r.Element(Gup + "Assertion")!.Elements().Single())))];

    /// <summary>Liberty headers presenting a redirect assertion for <paramref name="sender"/>.</summary>
    public static string Headers(XElement assertion, string sender = TestIdentity.TestProvider) => SecurityTokens.Headers(assertion, sender);

    private static XName Resolve(XElement qname)
    {
        var text = qname.Value.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var ns = colon < 0 ? qname.GetDefaultNamespace() : qname.GetNamespaceOfPrefix(text[..colon]) ?? throw new InvalidOperationException("Unbound prefix in " + text);
        return ns + text[(colon + 1)..];
    }
}

/// <summary>One gup:Redirect: where to go, for which component types, with which assertion.</summary>
internal sealed record RedirectEntry(Uri Address, IReadOnlyList<XName> ComponentTypes, XElement Assertion);
