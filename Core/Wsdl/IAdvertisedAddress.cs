using Microsoft.AspNetCore.Http;

namespace GupSoap.Core.Wsdl;

/// <summary>
/// The absolute address a served WSDL names as the port address of the endpoint a request reached: from configuration
/// and the addresses the server listens on, never from the request's Host header (a client must not be able to make
/// the server advertise an address of its choosing).
/// </summary>
public interface IAdvertisedAddress
{
    Uri For(HttpContext http);
}
