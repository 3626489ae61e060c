using GupSoap.Core.Soap;
using GupSoap.Core.Wsdl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Core.Hosting;

/// <summary>
/// Maps one SOAP service: <c>POST</c> for messages; <c>GET ?wsdl</c>, <c>?xsd=</c> and <c>path/{file}</c> for its
/// description, whose port addresses come from the host's <see cref="IAdvertisedAddress"/>.
/// </summary>
public static class SoapRouteBuilderExtensions
{
    public static void MapSoapService(this IEndpointRouteBuilder routes, string path, SoapEndpoint endpoint, WsdlDocument wsdl)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(wsdl);
        var description = new WsdlEndpoint(wsdl, path, routes.ServiceProvider.GetRequiredService<IAdvertisedAddress>());
        routes.MapPost(path, endpoint.HandleAsync);
        routes.MapGet(path, description.ServeAsync);
        routes.MapGet(path + "/{file}", description.ServeSchemaAsync);
    }
}
