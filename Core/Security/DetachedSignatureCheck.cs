using System.Xml.Linq;

namespace GupSoap.Core.Security;

/// <summary>
/// Outcome of <see cref="XmlSignatureVerifier.VerifyDetached"/>: the elements whose digests were verified, the very
/// instances of the envelope tree, so the caller checks coverage by reference identity (SECURITY.md S15).
/// </summary>
public sealed record DetachedSignatureCheck(IReadOnlyList<XElement> SignedElements, SecurityFailure? Failure)
{
    public bool Valid => Failure is null;

    internal static DetachedSignatureCheck Fail(string reason) => new([], SecurityFailure.InvalidToken(reason));
}
