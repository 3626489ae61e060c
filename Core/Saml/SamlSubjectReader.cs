using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Saml;

/// <summary>Reads saml2:Subject (saml-core §2.4): one NameID, then SubjectConfirmation elements with their data.</summary>
internal static class SamlSubjectReader
{
    private static readonly XNamespace Ds = Namespaces.XmlDsig;

    public static (SamlSubject? Subject, List<SubjectConfirmation>? Confirmations, string? Error) Read(XElement subject)
    {
        var children = StrictXml.Children(subject);
        if (children is null || children.Count == 0 || !StrictXml.AttributesWithin(subject))
        {
            return (null, null, "Subject must hold an identifier and confirmations only.");
        }

        if (children[0].Name == SamlNames.EncryptedId || children[0].Name == SamlNames.BaseId)
        {
            return (null, null, "Subject identifiers other than NameID are not supported.");
        }

        var nameId = children[0].Name == SamlNames.NameId ? ReadNameId(children[0]) : null;
        if (nameId is null)
        {
            return (null, null, "Subject must start with exactly one NameID.");
        }

        var confirmations = new List<SubjectConfirmation>();
        foreach (var child in children.Skip(1))
        {
            var (confirmation, error) = child.Name == SamlNames.SubjectConfirmation ? ReadConfirmation(child) : (null, "Subject holds an unexpected element.");
            if (confirmation is null)
            {
                return (null, null, error);
            }

            confirmations.Add(confirmation);
        }

        return (nameId, confirmations, null);
    }

    private static SamlSubject? ReadNameId(XElement nameId)
    {
        // The loader drops comments, so the text is whole (SECURITY.md S5); it is compared as it stands.
        var text = StrictXml.Text(nameId);
        return string.IsNullOrEmpty(text) || !StrictXml.AttributesWithin(nameId, "Format", "NameQualifier", "SPNameQualifier", "SPProvidedID")
            ? null
            : new SamlSubject(text, (string?)nameId.Attribute("Format"), (string?)nameId.Attribute("NameQualifier"), (string?)nameId.Attribute("SPNameQualifier"));
    }

    private static (SubjectConfirmation? Confirmation, string? Error) ReadConfirmation(XElement confirmation)
    {
        var method = (string?)confirmation.Attribute("Method");
        var children = StrictXml.Children(confirmation);
        if (string.IsNullOrEmpty(method) || children is null || children.Count > 1 || !StrictXml.AttributesWithin(confirmation, "Method"))
        {
            return (null, "SubjectConfirmation must carry a Method and at most a SubjectConfirmationData.");
        }

        if (children.Count == 0)
        {
            return (new SubjectConfirmation(method, null, null, null, null, null), null);
        }

        var data = children[0];
        if (data.Name != SamlNames.SubjectConfirmationData)
        {
            return (null, "Identifiers inside SubjectConfirmation are not supported.");
        }

        var known = data.Attributes().All(a => a.IsNamespaceDeclaration || a.Name.Namespace != XNamespace.None
            || a.Name.LocalName is "NotBefore" or "NotOnOrAfter" or "Recipient" or "InResponseTo" or "Address");
        if (!known || data.Attributes().Any(a => a.Name.Namespace == SamlNames.Saml2)
            || !SamlTime.TryParseOptional((string?)data.Attribute("NotBefore"), out var notBefore)
            || !SamlTime.TryParseOptional((string?)data.Attribute("NotOnOrAfter"), out var notOnOrAfter))
        {
            return (null, "SubjectConfirmationData has an unexpected attribute or a malformed time.");
        }

        var (key, keyError) = ReadKey(data);
        return keyError is not null
            ? (null, keyError)
            : (new SubjectConfirmation(method, notBefore, notOnOrAfter, (string?)data.Attribute("Recipient"), (string?)data.Attribute("InResponseTo"), key), null);
    }

    /// <summary>The holder-of-key certificate (saml-core §2.4.1.3): the key the sender proves possession of, if any.</summary>
    private static (X509Certificate2? Key, string? Error) ReadKey(XElement data)
    {
        var children = StrictXml.Children(data);
        if (children is null)
        {
            return (null, "SubjectConfirmationData holds text.");
        }

        if (children.Count == 0)
        {
            return (null, null);
        }

        var certificates = children.Where(c => c.Name == Ds + "KeyInfo").Elements(Ds + "X509Data").Elements(Ds + "X509Certificate").ToList();
        if (children.Any(c => c.Name != Ds + "KeyInfo") || certificates.Count != 1)
        {
            return (null, "Holder-of-key data must name exactly one X509Certificate in KeyInfo.");
        }

        var text = StrictXml.Text(certificates[0]) ?? string.Empty;
        var buffer = new byte[text.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return (null, "The holder-of-key certificate is not base64.");
        }

        try
        {
            return (X509CertificateLoader.LoadCertificate(buffer.AsSpan(0, written)), null);
        }
        catch (CryptographicException)
        {
            return (null, "The holder-of-key certificate cannot be read.");
        }
    }
}
