using GupSoap.Contracts.Rp;
using GupSoap.Core.Security;

namespace GupSoap.Server.Routing;

/// <summary>How one Rp request reaches one RAF: over SOAP/HTTP, or handed to a RAF in this process.</summary>
public interface IRpTransport
{
    /// <summary>The RAF's answer, or a failure naming the RAF when there is none; never throws for an unavailable RAF.</summary>
    Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, RequestorContext requestor, CancellationToken cancellationToken)
        where TResponse : RpResponse;
}
