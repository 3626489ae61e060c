using System.Xml.Linq;
using GupSoap.Contracts.Disco;

namespace GupSoap.Discovery.Matching;

/// <summary>Discovery 2.0 §4: the wsa:EndpointReference answered for one match, with the token for that service in its security context.</summary>
internal static class EndpointReferences
{
    public static EndpointReference Build(ServiceMatch match, XElement token) => new()
    {
        Address = match.Endpoint.Addresses![0],
        Metadata = new EndpointMetadata
        {
            Framework = new Framework { Version = match.Endpoint.Frameworks?.FirstOrDefault()?.Version ?? DiscoUris.FrameworkVersion },
            Abstract = match.Entry.Metadata.Abstract,
            ProviderId = match.Entry.ProviderId,
            ServiceType = match.ServiceType,
            SecurityContexts =
            [
                new SecurityContext
                {
                    SecurityMechIds = [match.Mechanism],
                    Tokens = [new SecurityToken { Usage = DiscoUris.SecurityTokenUsage, Assertion = token }],
                },
            ],
        },
    };
}
