using System.Xml.Linq;

namespace GupSoap.Core.Authorization;

/// <summary>Reads gup:Requestor: one of AnyRequestor, ProviderID+, ApplicationID+, Subscriber, and the optional hplmn flag (gup.xsd RuleRequestorType).</summary>
internal static class RequestorReader
{
    public static (RequestorMatch? Match, string? Error) Read(XElement element)
    {
        bool? hplmn = null;
        if (element.Attribute(RuleNames.Hplmn) is { } flag)
        {
            hplmn = RuleText.ParseBoolean(flag.Value);
            if (hplmn is null)
            {
                return (null, "has a Requestor whose hplmn is not a boolean.");
            }
        }

        if (RuleText.HasStrayText(element))
        {
            return (null, "has a Requestor holding text; only elements are allowed.");
        }

        var choices = element.Elements().ToList();
        if (choices.Count == 0)
        {
            return (null, "has an empty Requestor.");
        }

        var kind = choices[0].Name;
        if (choices.Any(c => c.Name != kind))
        {
            return (null, "has a Requestor mixing several kinds of requestor.");
        }

        if (kind == RuleNames.AnyRequestor || kind == RuleNames.Subscriber)
        {
            if (choices.Count > 1 || !IsEmpty(choices[0]))
            {
                return (null, RuleText.Format($"has gup:{kind.LocalName} repeated or with content."));
            }

            return (kind == RuleNames.AnyRequestor ? RequestorMatch.Any(hplmn) : RequestorMatch.Subscriber(hplmn), null);
        }

        if (kind != RuleNames.ProviderId && kind != RuleNames.ApplicationId)
        {
            return (null, RuleText.Format($"has the unknown requestor {RuleText.Echo(kind.LocalName)}."));
        }

        var ids = choices.Select(RuleText.TextOnly).ToArray();
        if (ids.Any(string.IsNullOrEmpty))
        {
            return (null, RuleText.Format($"has an empty or structured gup:{kind.LocalName}."));
        }

        return (kind == RuleNames.ProviderId ? RequestorMatch.ProviderIds(ids!, hplmn) : RequestorMatch.ApplicationIds(ids!, hplmn), null);
    }

    private static bool IsEmpty(XElement element) => !element.HasElements && string.IsNullOrWhiteSpace(element.Value);
}
