using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// Reads saml2:Conditions (saml-core §2.5): the validity window, AudienceRestrictions and OneTimeUse. Any other
/// condition makes the assertion's validity indeterminate (§2.5.1), so it is refused here.
/// </summary>
internal static class SamlConditionsReader
{
    internal sealed record Conditions(DateTimeOffset? NotBefore, DateTimeOffset? NotOnOrAfter, List<IReadOnlyList<string>> Audiences, bool OneTimeUse);

    public static (Conditions? Conditions, string? Error) Read(XElement conditions)
    {
        var children = StrictXml.Children(conditions);
        if (children is null || !StrictXml.AttributesWithin(conditions, "NotBefore", "NotOnOrAfter")
            || !SamlTime.TryParseOptional((string?)conditions.Attribute("NotBefore"), out var notBefore)
            || !SamlTime.TryParseOptional((string?)conditions.Attribute("NotOnOrAfter"), out var notOnOrAfter))
        {
            return (null, "Conditions has unexpected content or a malformed time.");
        }

        var audiences = new List<IReadOnlyList<string>>();
        var oneTimeUse = false;
        foreach (var child in children)
        {
            if (child.Name == SamlNames.AudienceRestriction)
            {
                var restriction = ReadAudienceRestriction(child);
                if (restriction is null)
                {
                    return (null, "AudienceRestriction must hold one or more Audience values.");
                }

                audiences.Add(restriction);
            }
            else if (child.Name == SamlNames.OneTimeUse && !oneTimeUse && !child.Nodes().Any() && StrictXml.AttributesWithin(child))
            {
                oneTimeUse = true;
            }
            else
            {
                return (null, "Conditions holds a condition that is not supported or repeated.");
            }
        }

        return (new Conditions(notBefore, notOnOrAfter, audiences, oneTimeUse), null);
    }

    private static List<string>? ReadAudienceRestriction(XElement restriction)
    {
        var children = StrictXml.Children(restriction);
        if (children is null || children.Count == 0 || !StrictXml.AttributesWithin(restriction))
        {
            return null;
        }

        var audiences = new List<string>(children.Count);
        foreach (var audience in children)
        {
            var value = audience.Name == SamlNames.Audience && StrictXml.AttributesWithin(audience) ? StrictXml.Text(audience) : null;
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            audiences.Add(value);
        }

        return audiences;
    }
}
