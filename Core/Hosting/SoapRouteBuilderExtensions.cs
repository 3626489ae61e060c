using GupSoap.Core.Soap;
using GupSoap.Core.Wsdl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GupSoap.Core.Hosting;

/// <summary>Maps one SOAP service: <c>POST</c> for messages, <c>GET ?wsdl</c> / <c>?xsd=</c> for its description.</summary>
public static class SoapRouteBuilderExtensions
{
    public static void MapSoapService(this IEndpointRouteBuilder routes, string path, SoapEndpoint endpoint, WsdlDocument wsdl)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(wsdl);
        routes.MapPost(path, endpoint.HandleAsync);
        routes.MapGet(path, wsdl.ServeAsync);
    }
}
