using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Liberty;
using GupSoap.Core.Soap;

namespace GupSoap.Core.Security;

/// <summary>
/// Liberty <c>TLS:SAMLV2</c> proof of possession (SecMech 2.0; LIBERTY-DIGEST §7): a message signature in
/// <c>wsse:Security</c>, made with the key the assertion confirms, covering the Body, the Timestamp, the MessageID and
/// every Liberty header present — by identity, so a moved or replaced Body is not covered (SECURITY.md S14, S15).
/// </summary>
public static class HolderOfKeyProof
{
    private static readonly XName Signature = XName.Get("Signature", Contracts.Namespaces.XmlDsig);

    private static readonly XName[] SignedHeaders =
    [
        LibertyHeaderNames.Framework, LibertyHeaderNames.Sender, LibertyHeaderNames.MessageId, LibertyHeaderNames.Action,
        LibertyHeaderNames.To, LibertyHeaderNames.ProcessingContext, LibertyHeaderNames.TargetIdentity,
    ];

    public static SecurityFailure? Check(SoapEnvelope envelope, LibertyHeaders headers, X509Certificate2? key)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(headers);
        var security = headers.Security!;
        var signatures = security.Elements(Signature).Take(2).ToList();
        if (key is null || signatures.Count == 0)
        {
            return SecurityFailure.Failed("A holder-of-key assertion needs a message signature made with its key.");
        }

        if (signatures.Count > 1)
        {
            return SecurityFailure.InvalidSecurity("wsse:Security carries more than one message signature.");
        }

        var checkResult = XmlSignatureVerifier.VerifyDetached(signatures[0], envelope.Operation.Document!.Root!, key);
        if (checkResult.Failure is { } failure)
        {
            return failure with { Kind = SecurityFailureKind.FailedAuthentication };
        }

        var signed = new HashSet<XElement>(checkResult.SignedElements, ReferenceEqualityComparer.Instance);
        if (!signed.Contains(envelope.Operation.Parent!))
        {
            return SecurityFailure.Failed("The message signature does not cover the Body.");
        }

        if (security.Element(LibertyHeaderNames.Timestamp) is not { } timestamp || !signed.Contains(timestamp))
        {
            return SecurityFailure.Failed("The message signature does not cover the wsu:Timestamp.");
        }

        var uncovered = envelope.Headers.FirstOrDefault(h => SignedHeaders.Contains(h.Name) && !signed.Contains(h));
        return uncovered is null ? null : SecurityFailure.Failed($"The message signature does not cover the {uncovered.Name.LocalName} header.");
    }
}
