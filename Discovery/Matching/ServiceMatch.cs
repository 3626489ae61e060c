using GupSoap.Contracts.Disco;
using GupSoap.Discovery.Registry;

namespace GupSoap.Discovery.Matching;

/// <summary>
/// One endpoint found for a RequestedService: the entry, the service type and endpoint context that matched, and the
/// security mechanism chosen; <see cref="MechanismRequested"/> is false when none of the requested mechanisms was offered.
/// </summary>
internal sealed record ServiceMatch(RegisteredService Entry, string ServiceType, EndpointContext Endpoint, string Mechanism, bool MechanismRequested);
