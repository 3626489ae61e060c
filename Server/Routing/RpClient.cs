using GupSoap.Contracts.Rp;
using GupSoap.Core.Charging;
using GupSoap.Core.Security;

namespace GupSoap.Server.Routing;

/// <summary>
/// The GUP Server's side of Rp (TS 23.240 §4.4): a RAF hosted in this process is called in process, every other RAF
/// over SOAP/HTTP. <c>Gup:Rp:InProcess=false</c> sends every call over SOAP (tests run the Rg suite both ways).
/// </summary>
public sealed class RpClient
{
    private readonly InProcessRpTransport _inProcess;
    private readonly IRpTransport _soap;
    private readonly bool _useInProcess;

    internal RpClient(InProcessRpTransport inProcess, IRpTransport soap, RpClientOptions options)
    {
        _inProcess = inProcess;
        _soap = soap;
        _useInProcess = options.InProcess;
    }

    /// <summary>
    /// Sends one Rp request on behalf of <paramref name="requestor"/>. The operation's charging scope notes the RAF,
    /// and the transport gives it the correlation id (TS 23.240 §4.1.9).
    /// </summary>
    public Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, RequestorContext requestor, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        ArgumentNullException.ThrowIfNull(raf);
        ChargingScope.Current?.Reached(raf.Name, raf.ProducesCharging);
        return (_useInProcess && _inProcess.Serves(raf) ? _inProcess : _soap).SendAsync<TResponse>(raf, operation, request, simulate, requestor, cancellationToken);
    }
}
