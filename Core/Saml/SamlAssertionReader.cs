using System.Xml.Linq;
using GupSoap.Core.Security;
using GupSoap.Contracts;

namespace GupSoap.Core.Saml;

/// <summary>
/// Reads a saml2:Assertion strictly, in the order of saml-schema-assertion-2.0 (saml-core §2.3.3): Issuer,
/// ds:Signature?, Subject, Conditions?, Advice?, statements. It checks structure only; trust, signature and time are
/// <see cref="AssertionValidator"/>'s. An assertion holding another assertion anywhere is refused (SECURITY.md S2).
/// </summary>
public static class SamlAssertionReader
{
    private static readonly XName Signature = XNamespace.Get(Namespaces.XmlDsig) + "Signature";

    public static (SamlAssertion? Assertion, string? Error) Read(XElement assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        if (assertion.Name != SamlNames.Assertion)
        {
            return (null, "The element is not a SAML 2.0 assertion.");
        }

        if (assertion.Descendants().Any(e => e.Name == SamlNames.Assertion || e.Name == SamlNames.EncryptedAssertion))
        {
            return (null, "An assertion must not contain another assertion.");
        }

        var id = (string?)assertion.Attribute("ID");
        if ((string?)assertion.Attribute("Version") != SamlNames.Version || !XmlNames.IsNCName(id)
            || !SamlTime.TryParse((string?)assertion.Attribute("IssueInstant"), out var issueInstant)
            || !StrictXml.AttributesWithin(assertion, "ID", "Version", "IssueInstant"))
        {
            return (null, "The assertion needs Version 2.0, an NCName ID and a UTC IssueInstant, and nothing else.");
        }

        var children = StrictXml.Children(assertion);
        if (children is null || children.Count == 0 || children[0].Name != SamlNames.Issuer)
        {
            return (null, "The assertion must start with its Issuer.");
        }

        var issuer = ReadIssuer(children[0]);
        if (issuer is null)
        {
            return (null, "Issuer must be an entity identifier.");
        }

        var next = 1;
        if (next < children.Count && children[next].Name == Signature)
        {
            next++;
        }

        if (next >= children.Count || children[next].Name != SamlNames.Subject)
        {
            return (null, children.Skip(1).Any(c => c.Name == SamlNames.Subject) ? "Assertion children are out of order." : "The assertion has no Subject.");
        }

        var (subject, confirmations, subjectError) = SamlSubjectReader.Read(children[next++]);
        if (subject is null)
        {
            return (null, subjectError);
        }

        SamlConditionsReader.Conditions? conditions = null;
        if (next < children.Count && children[next].Name == SamlNames.Conditions)
        {
            (conditions, var error) = SamlConditionsReader.Read(children[next++]);
            if (conditions is null)
            {
                return (null, error);
            }
        }

        // Advice is not used; it may hold nothing that looks like an assertion (checked above).
        next += next < children.Count && children[next].Name == SamlNames.Advice ? 1 : 0;
        var attributes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var statementError = SamlStatementReader.Read(children.Skip(next), attributes);
        if (statementError is not null)
        {
            return (null, statementError);
        }

        return (new SamlAssertion
        {
            Id = id!,
            Issuer = issuer,
            IssueInstant = issueInstant,
            Subject = subject,
            Confirmations = confirmations!,
            NotBefore = conditions?.NotBefore,
            NotOnOrAfter = conditions?.NotOnOrAfter,
            AudienceRestrictions = conditions?.Audiences ?? [],
            OneTimeUse = conditions?.OneTimeUse ?? false,
            Attributes = attributes.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value, StringComparer.Ordinal),
            Element = assertion,
        }, null);
    }

    /// <summary>saml-core §2.2.5: an Issuer of an assertion has entity format (stated or implied) and nothing else.</summary>
    private static string? ReadIssuer(XElement issuer)
    {
        var format = (string?)issuer.Attribute("Format");
        var text = StrictXml.Text(issuer);
        return string.IsNullOrEmpty(text) || (format is not null && format != SamlNames.NameIdFormatEntity) || !StrictXml.AttributesWithin(issuer, "Format")
            ? null
            : text;
    }
}
