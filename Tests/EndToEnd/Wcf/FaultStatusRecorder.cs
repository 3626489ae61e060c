using System.Net;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>
/// Records the HTTP status of every answer a WCF client receives, and lets it read SOAP 1.2 faults: the server answers a
/// SOAP 1.2 Sender fault with 400 (SOAP 1.2 Part 2 §7.5.1.2), while the WCF client reads a fault only from a 500
/// answer, so a 400 carrying <c>application/soap+xml</c> is handed to it as 500 after its status is recorded.
/// </summary>
internal sealed class FaultStatusRecorder : IEndpointBehavior
{
    private readonly List<HttpStatusCode> _statuses = [];

    /// <summary>The statuses as the server sent them, in order.</summary>
    public IReadOnlyList<HttpStatusCode> Statuses
    {
        get
        {
            lock (_statuses)
            {
                return [.. _statuses];
            }
        }
    }

    public void AddBindingParameters(ServiceEndpoint endpoint, BindingParameterCollection bindingParameters)
    {
        ArgumentNullException.ThrowIfNull(bindingParameters);
        bindingParameters.Add(new Func<HttpClientHandler, HttpMessageHandler>(inner => new Recorder(this) { InnerHandler = inner }));
    }

    public void ApplyClientBehavior(ServiceEndpoint endpoint, ClientRuntime clientRuntime)
    {
    }

    public void ApplyDispatchBehavior(ServiceEndpoint endpoint, EndpointDispatcher endpointDispatcher)
    {
    }

    public void Validate(ServiceEndpoint endpoint)
    {
    }

    private sealed class Recorder(FaultStatusRecorder owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            lock (owner._statuses)
            {
                owner._statuses.Add(response.StatusCode);
            }

            if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType == "application/soap+xml")
            {
                response.StatusCode = HttpStatusCode.InternalServerError;
            }

            return response;
        }
    }
}
