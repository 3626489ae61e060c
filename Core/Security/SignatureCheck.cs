using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Security;

/// <summary>Outcome of <see cref="XmlSignatureVerifier.VerifyEnveloped"/>: the trusted key that verified, or why none did.</summary>
public sealed record SignatureCheck(bool Valid, X509Certificate2? Key, SecurityFailure? Failure)
{
    internal static SignatureCheck Ok(X509Certificate2 key) => new(true, key, null);

    internal static SignatureCheck Fail(string reason) => new(false, null, SecurityFailure.InvalidToken(reason));
}
