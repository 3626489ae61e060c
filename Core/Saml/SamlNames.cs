using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Saml;

/// <summary>SAML 2.0 assertion element names (saml-schema-assertion-2.0) and the URIs of saml-core §3.4, §8.3, profiles §3.</summary>
public static class SamlNames
{
    public static readonly XNamespace Saml2 = Namespaces.Saml2;

    public static readonly XName Assertion = Saml2 + "Assertion";
    public static readonly XName EncryptedAssertion = Saml2 + "EncryptedAssertion";
    public static readonly XName Issuer = Saml2 + "Issuer";
    public static readonly XName Subject = Saml2 + "Subject";
    public static readonly XName NameId = Saml2 + "NameID";
    public static readonly XName BaseId = Saml2 + "BaseID";
    public static readonly XName EncryptedId = Saml2 + "EncryptedID";
    public static readonly XName SubjectConfirmation = Saml2 + "SubjectConfirmation";
    public static readonly XName SubjectConfirmationData = Saml2 + "SubjectConfirmationData";
    public static readonly XName Conditions = Saml2 + "Conditions";
    public static readonly XName AudienceRestriction = Saml2 + "AudienceRestriction";
    public static readonly XName Audience = Saml2 + "Audience";
    public static readonly XName OneTimeUse = Saml2 + "OneTimeUse";
    public static readonly XName Advice = Saml2 + "Advice";
    public static readonly XName AttributeStatement = Saml2 + "AttributeStatement";
    public static readonly XName Attribute = Saml2 + "Attribute";
    public static readonly XName AttributeValue = Saml2 + "AttributeValue";
    public static readonly XName AuthnStatement = Saml2 + "AuthnStatement";
    public static readonly XName AuthnContext = Saml2 + "AuthnContext";
    public static readonly XName AuthnContextClassRef = Saml2 + "AuthnContextClassRef";
    public static readonly XName AuthzDecisionStatement = Saml2 + "AuthzDecisionStatement";

    public const string Version = "2.0";

    /// <summary>saml-profiles §3.3 bearer subject confirmation.</summary>
    public const string MethodBearer = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    /// <summary>saml-profiles §3.1 holder-of-key subject confirmation.</summary>
    public const string MethodHolderOfKey = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key";

    /// <summary>saml-profiles §3.2 sender-vouches subject confirmation (never accepted here).</summary>
    public const string MethodSenderVouches = "urn:oasis:names:tc:SAML:2.0:cm:sender-vouches";

    public const string NameIdFormatEntity = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
    public const string NameIdFormatPersistent = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
    public const string NameIdFormatTransient = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
    public const string NameIdFormatUnspecified = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";

    /// <summary>saml-core §8.2.2 URI attribute names.</summary>
    public const string AttributeNameFormatUri = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";

    public const string AuthnContextUnspecified = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified";

    /// <summary>saml-core §2.4.1.3 KeyInfoConfirmationDataType, named in xsi:type for holder-of-key data.</summary>
    public const string KeyInfoConfirmationDataType = "KeyInfoConfirmationDataType";
}
