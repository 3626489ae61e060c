using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Security;

/// <summary>Element names of XML-DSig (XMLDSig §4) and the exc-c14n InclusiveNamespaces element (Exc-C14N §3).</summary>
internal static class SignatureNames
{
    public static readonly XNamespace Ds = Namespaces.XmlDsig;
    public static readonly XNamespace Ec = XmlDsigAlgorithms.ExcC14N;
    public static readonly XName Signature = Ds + "Signature";
    public static readonly XName SignedInfo = Ds + "SignedInfo";
    public static readonly XName CanonicalizationMethod = Ds + "CanonicalizationMethod";
    public static readonly XName SignatureMethod = Ds + "SignatureMethod";
    public static readonly XName Reference = Ds + "Reference";
    public static readonly XName Transforms = Ds + "Transforms";
    public static readonly XName Transform = Ds + "Transform";
    public static readonly XName DigestMethod = Ds + "DigestMethod";
    public static readonly XName DigestValue = Ds + "DigestValue";
    public static readonly XName SignatureValue = Ds + "SignatureValue";
    public static readonly XName KeyInfo = Ds + "KeyInfo";
    public static readonly XName X509Data = Ds + "X509Data";
    public static readonly XName X509Certificate = Ds + "X509Certificate";
    public static readonly XName InclusiveNamespaces = Ec + "InclusiveNamespaces";
}
