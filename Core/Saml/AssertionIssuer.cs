using System.Security.Cryptography;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Security;
using static GupSoap.Core.Saml.SamlNames;

namespace GupSoap.Core.Saml;

/// <summary>
/// Issues signed SAML 2.0 assertions (saml-core §2.3.3, element order of saml-schema-assertion-2.0): Issuer, Signature,
/// Subject with one confirmation, Conditions, AuthnStatement, AttributeStatement when there are attributes.
/// </summary>
public sealed class AssertionIssuer(SigningCredentials credentials, TimeProvider time)
{
    private static readonly XNamespace Ds = Namespaces.XmlDsig;
    private static readonly XNamespace Xsi = Namespaces.XmlSchemaInstance;

    public XElement Issue(AssertionDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Audiences.Count == 0 || descriptor.Lifetime <= TimeSpan.Zero || string.IsNullOrEmpty(descriptor.NameId))
        {
            throw new ArgumentException("An assertion needs an audience, a positive lifetime and a NameID.", nameof(descriptor));
        }

        var now = time.GetUtcNow();
        var notOnOrAfter = SamlTime.Format(now + descriptor.Lifetime);
        var assertion = new XElement(Assertion,
            new XAttribute(XNamespace.Xmlns + "saml2", Saml2.NamespaceName),
            new XAttribute("ID", "_" + RandomNumberGenerator.GetHexString(32, lowercase: true)),
            new XAttribute("Version", SamlNames.Version),
            new XAttribute("IssueInstant", SamlTime.Format(now)),
            new XElement(Issuer, credentials.EntityId),
            Subject(descriptor, notOnOrAfter),
            new XElement(Conditions,
                new XAttribute("NotBefore", SamlTime.Format(now)),
                new XAttribute("NotOnOrAfter", notOnOrAfter),
                new XElement(AudienceRestriction, descriptor.Audiences.Select(a => new XElement(Audience, a))),
                descriptor.OneTimeUse ? new XElement(OneTimeUse) : null),
            new XElement(AuthnStatement,
                new XAttribute("AuthnInstant", SamlTime.Format(now)),
                new XElement(AuthnContext, new XElement(AuthnContextClassRef, AuthnContextUnspecified))),
            AttributeStatementOf(descriptor.Attributes));
        return XmlSigner.SignEnveloped(assertion, credentials, Issuer);
    }

    private static XElement Subject(AssertionDescriptor descriptor, string notOnOrAfter)
    {
        var holderOfKey = descriptor.HolderOfKey;
        var data = new XElement(SubjectConfirmationData,
            new XAttribute("NotOnOrAfter", notOnOrAfter),
            descriptor.Recipient is null ? null : new XAttribute("Recipient", descriptor.Recipient));
        if (holderOfKey is not null)
        {
            // saml-core §2.4.1.3: the key travels as ds:KeyInfo in data typed KeyInfoConfirmationDataType.
            data.Add(
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "ds", Ds.NamespaceName),
                new XAttribute(Xsi + "type", "saml2:" + KeyInfoConfirmationDataType),
                new XElement(Ds + "KeyInfo", new XElement(Ds + "X509Data",
                    new XElement(Ds + "X509Certificate", Convert.ToBase64String(holderOfKey.RawData)))));
        }

        return new XElement(SamlNames.Subject,
            new XElement(NameId,
                new XAttribute("Format", descriptor.NameIdFormat),
                descriptor.SpNameQualifier is null ? null : new XAttribute("SPNameQualifier", descriptor.SpNameQualifier),
                descriptor.NameId),
            new XElement(SamlNames.SubjectConfirmation,
                new XAttribute("Method", holderOfKey is null ? MethodBearer : MethodHolderOfKey),
                data));
    }

    private static XElement? AttributeStatementOf(IReadOnlyDictionary<string, IReadOnlyList<string>> attributes) =>
        attributes.Count == 0
            ? null
            : new XElement(AttributeStatement, attributes.Select(a => new XElement(SamlNames.Attribute,
                new XAttribute("Name", a.Key),
                new XAttribute("NameFormat", AttributeNameFormatUri),
                a.Value.Select(v => new XElement(AttributeValue, v)))));
}
