using GupSoap.Core.Security;

namespace GupSoap.Server.Routing;

/// <summary>
/// The requestor a RAF sees when the GUP Server relays a request (TS 23.240 §4.2.1.4): the original requestor, with the
/// server as intermediary, scoped to the resource and the one Rp operation. It is what the RAF reads back from an
/// <see cref="RpTokens"/> token over SOAP, so a RAF in this process decides exactly as a remote one does.
/// </summary>
public static class RelayedRequestor
{
    /// <summary>Mechanism of a relay that never left the process (no token, no transport to secure).</summary>
    public const string InProcessMechanism = "urn:gupsoap:security:in-process";

    /// <param name="intermediary">The GUP Server's providerID (the <c>sb:Sender</c> of its Rp calls).</param>
    /// <param name="issuer">The entity id the server signs its tokens with.</param>
    public static RequestorContext For(RequestorContext requestor, string intermediary, string issuer, string? resourceId, string operation)
    {
        ArgumentNullException.ThrowIfNull(requestor);
        return new RequestorContext
        {
            ProviderId = requestor.ProviderId,
            ApplicationId = requestor.ApplicationId,
            SubscriberId = requestor.SubscriberId,
            Hplmn = requestor.Hplmn,
            Mechanism = InProcessMechanism,
            Issuer = issuer,
            AssertionId = "in-process",
            Intermediary = intermediary,
            // Like the token: without a resource (List Data, Define Data) the relay is not scoped at all.
            Scope = resourceId is null ? null : new AccessScope(resourceId, [], [operation]),
            ServiceCall = true,
            IsSystem = intermediary == issuer && requestor.ProviderId == issuer,
        };
    }
}
