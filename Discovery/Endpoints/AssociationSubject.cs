using GupSoap.Contracts.Liberty;
using GupSoap.Core.Soap;

namespace GupSoap.Discovery.Endpoints;

/// <summary>
/// Whose associations a request may touch: only the authenticated requestor's own subscriber. sb:TargetIdentity is not
/// honoured for them, so a request naming another subscriber there is refused rather than applied to the sender's.
/// </summary>
internal static class AssociationSubject
{
    public static (string? Subscriber, Status? Refusal) Of(SoapRequestContext context)
    {
        if (context.Headers.TargetIdentity is not null)
        {
            return (null, DiscoStatus.Forbidden("Associations are managed for the authenticated subscriber only; sb:TargetIdentity is not accepted."));
        }

        return context.Who.SubscriberId is { Length: > 0 } subscriber
            ? (subscriber, null)
            : (null, DiscoStatus.Forbidden("The requestor's token names no subscriber to associate services with."));
    }
}
