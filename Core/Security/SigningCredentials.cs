using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Security;

/// <summary>Our own signing identity (SAML core §5, XMLDSig): a certificate with its private key and the entity id it speaks for.</summary>
public sealed class SigningCredentials
{
    public SigningCredentials(X509Certificate2 certificate, string entityId)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException("The signing certificate must carry its private key.", nameof(certificate));
        }

        Certificate = certificate;
        EntityId = entityId;
    }

    /// <summary>The certificate with its private key; its PEM (without the key) is what peers configure to trust us.</summary>
    public X509Certificate2 Certificate { get; }

    public string EntityId { get; }
}
