namespace GupSoap.Core.Authorization;

/// <summary>Reads the gup:AuthorizationRules element: DefaultEffect first, then the rules, with unique rule ids (gup.xsd).</summary>
internal static class AuthorizationRulesReader
{
    public static (AuthorizationRules? Rules, string? Error) Read(System.Xml.Linq.XElement element)
    {
        if (element.Name != RuleNames.AuthorizationRules)
        {
            return (null, RuleText.Format($"Expected gup:AuthorizationRules, found {RuleText.Echo(element.Name.LocalName)}."));
        }

        if (RuleText.HasStrayText(element))
        {
            return (null, "gup:AuthorizationRules holds text; only elements are allowed.");
        }

        Effect? defaultEffect = null;
        var sawDefault = false;
        var rules = new List<AuthorizationRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in element.Elements())
        {
            if (child.Name == RuleNames.DefaultEffect)
            {
                if (sawDefault || rules.Count > 0)
                {
                    return (null, "gup:DefaultEffect may appear once, before the rules.");
                }

                sawDefault = true;
                defaultEffect = RuleText.TextOnly(child) is { } text ? RuleText.ParseEffect(text) : null;
                if (defaultEffect is null)
                {
                    return (null, "gup:DefaultEffect must be Permit or Deny.");
                }
            }
            else if (child.Name == RuleNames.Rule)
            {
                var (rule, error) = RuleReader.Read(child, rules.Count + 1);
                if (rule is null)
                {
                    return (null, error);
                }

                if (!ids.Add(rule.Id))
                {
                    return (null, RuleText.Format($"Rule {rules.Count + 1}: the id {RuleText.Echo(rule.Id)} is used twice."));
                }

                rules.Add(rule);
            }
            else
            {
                return (null, RuleText.Format($"Unexpected element {RuleText.Echo(child.Name.LocalName)} in gup:AuthorizationRules."));
            }
        }

        return (new AuthorizationRules(defaultEffect, rules), null);
    }
}
