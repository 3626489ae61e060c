using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Security;

/// <summary>
/// Checks a SignatureValue over canonical SignedInfo (XMLDSig §3.2.2) with a configured certificate's public key only:
/// RSA PKCS#1 v1.5 (RFC 6931 §2.3) or ECDSA with r‖s concatenated (XMLDSig 1.1 §6.4.3).
/// </summary>
internal static class SignatureValueCheck
{
    private const int PoolSize = 16;

    // Extracting a public key from a certificate costs several times the verification itself, so each configured
    // certificate keeps a few ready key objects; they are rented one caller at a time, as the key types document.
    private static readonly ConditionalWeakTable<X509Certificate2, ConcurrentBag<AsymmetricAlgorithm>> Pools = [];

    public static bool Verify(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> signature, SignatureAlgorithm algorithm, X509Certificate2 certificate)
    {
        var pool = Pools.GetValue(certificate, _ => []);
        var key = pool.TryTake(out var pooled) ? pooled : (AsymmetricAlgorithm?)certificate.GetRSAPublicKey() ?? certificate.GetECDsaPublicKey();
        if (key is null)
        {
            return false;
        }

        try
        {
            return (algorithm.Rsa, key) switch
            {
                (true, RSA rsa) => rsa.VerifyHash(hash, signature, algorithm.Hash, RSASignaturePadding.Pkcs1),
                (false, ECDsa ecdsa) => ecdsa.VerifyHash(hash, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                _ => false,
            };
        }
        finally
        {
            if (pool.Count < PoolSize)
            {
                pool.Add(key);
            }
            else
            {
                key.Dispose();
            }
        }
    }
}
