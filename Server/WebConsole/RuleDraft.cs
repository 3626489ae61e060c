using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Core.Authorization;

namespace GupSoap.Server.WebConsole;

/// <summary>Who a rule drafted in the console is about (gup:RuleRequestorType).</summary>
public enum DraftRequestor
{
    Any,
    Provider,
    Application,
    Subscriber,
}

/// <summary>
/// A rule as the console's add form describes it: one requestor, one component type as target (or the whole
/// profile), the operations, the effect and an optional priority. Turned into a gup:Rule; the RAF validates it.
/// </summary>
public sealed record RuleDraft(string RuleId, DraftRequestor Requestor, string? RequestorId, string? ComponentType, IReadOnlyList<AccessOperation> Operations, Effect Effect, int? Priority)
{
    private static readonly XNamespace Gup = Namespaces.Gup;

    /// <summary>The gup:Rule element, or null when the draft is incomplete (<see cref="Problem"/> says why).</summary>
    public XElement? Rule(IReadOnlyList<XName> componentTypes) => Problem(componentTypes) is not null ? null : new XElement(Gup + "Rule",
        new XAttribute(XNamespace.Xmlns + "gup", Gup.NamespaceName),
        new XAttribute("id", RuleId),
        new XElement(Gup + "Requestor", Requestor switch
        {
            DraftRequestor.Provider => new XElement(Gup + "ProviderID", RequestorId!.Trim()),
            DraftRequestor.Application => new XElement(Gup + "ApplicationID", RequestorId!.Trim()),
            DraftRequestor.Subscriber => new XElement(Gup + "Subscriber"),
            _ => new XElement(Gup + "AnyRequestor"),
        }),
        new XElement(Gup + "Target", Target(componentTypes) is { } type ? Select(type) : null),
        Operations.Distinct().Order().Select(o => new XElement(Gup + "Operation", o.ToString())),
        new XElement(Gup + "Effect", Effect.ToString()),
        Priority is { } priority ? new XElement(Gup + "Priority", priority) : null);

    /// <summary>Why the draft cannot become a rule, or null.</summary>
    public string? Problem(IReadOnlyList<XName> componentTypes)
    {
        ArgumentNullException.ThrowIfNull(componentTypes);
        if (Requestor is DraftRequestor.Provider or DraftRequestor.Application && string.IsNullOrWhiteSpace(RequestorId))
        {
            return "Name the provider or application the rule is about.";
        }

        if (Operations.Count == 0)
        {
            return "Choose at least one operation.";
        }

        return !string.IsNullOrEmpty(ComponentType) && Target(componentTypes) is null ? "Choose a component type the deployment knows, or the whole profile." : null;
    }

    private XName? Target(IReadOnlyList<XName> componentTypes) =>
        string.IsNullOrEmpty(ComponentType) ? null : componentTypes.FirstOrDefault(t => t.ToString() == ComponentType || t.LocalName == ComponentType);

    private static XElement Select(XName type)
    {
        var prefix = WellKnownPrefixes.All.FirstOrDefault(p => p.Value == type.NamespaceName).Key ?? "t";
        return new XElement(Gup + "Select", new XAttribute(XNamespace.Xmlns + prefix, type.NamespaceName), $"/gup:Profile/{prefix}:{type.LocalName}");
    }
}
