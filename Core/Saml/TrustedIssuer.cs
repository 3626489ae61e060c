using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Saml;

/// <summary>
/// An assertion issuer we trust (SECURITY.md S13): its entity id and the certificates its signatures must verify with
/// (saml-core §5.4; configured, never taken from the assertion). PROTOCOL.md fixes the configuration keys.
/// </summary>
public sealed class TrustedIssuer
{
    public TrustedIssuer()
    {
    }

    [SetsRequiredMembers]
    public TrustedIssuer(string entityId, IReadOnlyList<X509Certificate2> certificates, bool hplmn = false, bool intermediary = false)
    {
        EntityId = entityId;
        Certificates = certificates;
        Hplmn = hplmn;
        Intermediary = intermediary;
    }

    public required string EntityId { get; init; }

    public required IReadOnlyList<X509Certificate2> Certificates { get; init; }

    /// <summary>The issuer is inside the home network (TS 23.240 requestor location).</summary>
    public bool Hplmn { get; init; }

    /// <summary>The issuer may speak for an original requestor (the GUP Server forwarding on someone's behalf).</summary>
    public bool Intermediary { get; init; }
}
