using GupSoap.Core.Soap;

namespace GupSoap.Discovery.Authorization;

/// <summary>
/// Whether a request is a service-to-service call of this deployment made by the sender for itself (not relayed for
/// someone else): the security step decided it from the verified token (<see cref="Core.Security.RequestorContext.ServiceCall"/>).
/// </summary>
internal static class ServiceCallMarker
{
    public static bool IsPresent(SoapRequestContext context) => context.Who is { ServiceCall: true, Intermediary: null };
}
