using GupSoap.Core.Liberty;
using GupSoap.Core.Saml;
using GupSoap.Core.Soap;

namespace GupSoap.Core.Security;

/// <summary>
/// The security step of every request (ARCHITECTURE "Request flow"; LIBERTY-DIGEST §7 WSP pipeline): transport rule,
/// the one assertion, its validation, holder-of-key proof, binding to the sender, and the mechanism it amounts to.
/// Its output, a <see cref="RequestorContext"/>, is the only thing later steps trust.
/// </summary>
public sealed class RequestAuthenticator(AssertionValidator validator, SecurityOptions options, ClientCertificatePins pins)
{
    public async ValueTask<(RequestorContext? Requestor, SecurityFailure? Failure)> AuthenticateAsync(
        SoapEnvelope envelope, LibertyHeaders headers, ConnectionFacts connection, AssertionRequirements requirements, bool requireClientTls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.IsTls && (requireClientTls || !connection.IsLoopback))
        {
            return (null, TlsRequired(requireClientTls));
        }

        var clientProvider = connection.IsTls ? pins.ProviderFor(connection.ClientCertificate) : null;
        if (requireClientTls && clientProvider is null)
        {
            return (null, SecurityFailure.Failed("The client certificate is missing or not pinned to a provider."));
        }

        if (clientProvider is not null && clientProvider != headers.SenderProviderId)
        {
            return (null, SecurityFailure.Failed("The client certificate belongs to another provider than sb:Sender."));
        }

        var (token, missing) = SecurityTokenLocator.Find(envelope, headers);
        if (missing is not null)
        {
            return (null, missing);
        }

        var check = await validator.ValidateAsync(token!, requirements, cancellationToken);
        if (check.Failure is { } invalid)
        {
            return (null, invalid);
        }

        var holderOfKey = check.Confirmation!.Method == SamlNames.MethodHolderOfKey;
        if (holderOfKey && HolderOfKeyProof.Check(envelope, headers, check.Confirmation.Key) is { } unproven)
        {
            return (null, unproven);
        }

        var (requestor, unbound) = RequestorContextFactory.Create(check, headers.SenderProviderId, Mechanism(connection.IsTls, clientProvider is not null, holderOfKey));
        if (unbound is not null)
        {
            return (null, unbound);
        }

        // Plain HTTP is loopback only: the development switch, or a service-to-service call inside this deployment
        // (the GUP Server relaying to a RAF, a RAF notifying the GUP Server): a token of a trusted intermediary issuer
        // that names the requestor it acts for and is marked as a service call. Any other token — including one the token
        // command mints and the redirect and Discovery tokens handed to applications — needs TLS.
        var internalCall = check.Issuer!.Intermediary && check.Assertion!.Attribute(GupAttributes.Requestor) is not null
            && check.Assertion.Attribute(GupAttributes.ServiceCall) == "true";
        return !connection.IsTls && !options.AllowNullBearer && !internalCall
            ? (null, TlsRequired(requireClientTls))
            : (requestor! with { ServiceCall = internalCall }, null);
    }

    private static SecurityFailure TlsRequired(bool clientTls) => SecurityFailure.InvalidSecurity(clientTls
        ? "This endpoint requires TLS with a client certificate (ClientTLS:Bearer)."
        : "This endpoint requires TLS (TLS:Bearer or TLS:SAMLV2).");

    private static string Mechanism(bool tls, bool clientTls, bool holderOfKey) => (tls, clientTls, holderOfKey) switch
    {
        (false, _, false) => SecurityMechanisms.NullBearer,
        (false, _, true) => SecurityMechanisms.NullSamlV2,
        (true, true, false) => SecurityMechanisms.ClientTlsBearer,
        (true, true, true) => SecurityMechanisms.ClientTlsSamlV2,
        (true, false, false) => SecurityMechanisms.TlsBearer,
        (true, false, true) => SecurityMechanisms.TlsSamlV2,
    };
}
