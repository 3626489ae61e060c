using System.Security.Cryptography;

namespace GupSoap.Core.Security;

/// <summary>
/// The XML-DSig algorithm URIs we accept (XMLDSig 1.1 §6, RFC 6931) and nothing else: SHA-1, MD5 and HMAC are absent on
/// purpose (SECURITY.md S4, S8), as are every transform besides enveloped-signature and exclusive c14n (S6).
/// </summary>
internal static class XmlDsigAlgorithms
{
    public const string ExcC14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public const string RsaSha384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    public const string RsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public const string EcdsaSha384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384";
    public const string EcdsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";
    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public const string Sha384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    public const string Sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";

    /// <summary>An allow-listed SignatureMethod: its hash and whether it takes an RSA or an ECDSA key.</summary>
    public static SignatureAlgorithm? Signature(string uri) => uri switch
    {
        RsaSha256 => new(HashAlgorithmName.SHA256, Rsa: true),
        RsaSha384 => new(HashAlgorithmName.SHA384, Rsa: true),
        RsaSha512 => new(HashAlgorithmName.SHA512, Rsa: true),
        EcdsaSha256 => new(HashAlgorithmName.SHA256, Rsa: false),
        EcdsaSha384 => new(HashAlgorithmName.SHA384, Rsa: false),
        EcdsaSha512 => new(HashAlgorithmName.SHA512, Rsa: false),
        _ => null,
    };

    /// <summary>An allow-listed DigestMethod's hash.</summary>
    public static HashAlgorithmName? Digest(string uri) => uri switch
    {
        Sha256 => HashAlgorithmName.SHA256,
        Sha384 => HashAlgorithmName.SHA384,
        Sha512 => HashAlgorithmName.SHA512,
        _ => null,
    };

    public static int HashLength(HashAlgorithmName hash) =>
        hash == HashAlgorithmName.SHA256 ? 32 : hash == HashAlgorithmName.SHA384 ? 48 : 64;

    public static HashAlgorithm CreateHash(HashAlgorithmName hash) =>
        hash == HashAlgorithmName.SHA256 ? SHA256.Create() : hash == HashAlgorithmName.SHA384 ? SHA384.Create() : SHA512.Create();
}

/// <summary>A SignatureMethod we accept: the hash it uses and the key type it needs.</summary>
internal readonly record struct SignatureAlgorithm(HashAlgorithmName Hash, bool Rsa);
