using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Authorization;

/// <summary>Element names of the gup:AuthorizationRules component (Schemas/Xsd/gup.xsd).</summary>
internal static class RuleNames
{
    private static readonly XNamespace Gup = Namespaces.Gup;

    public static readonly XName AuthorizationRules = Gup + "AuthorizationRules";
    public static readonly XName DefaultEffect = Gup + "DefaultEffect";
    public static readonly XName Rule = Gup + "Rule";
    public static readonly XName Requestor = Gup + "Requestor";
    public static readonly XName AnyRequestor = Gup + "AnyRequestor";
    public static readonly XName ProviderId = Gup + "ProviderID";
    public static readonly XName ApplicationId = Gup + "ApplicationID";
    public static readonly XName Subscriber = Gup + "Subscriber";
    public static readonly XName Target = Gup + "Target";
    public static readonly XName Select = Gup + "Select";
    public static readonly XName Operation = Gup + "Operation";
    public static readonly XName Effect = Gup + "Effect";
    public static readonly XName Priority = Gup + "Priority";
    public static readonly XName Id = "id";
    public static readonly XName Hplmn = "hplmn";
}
