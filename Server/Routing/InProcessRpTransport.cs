using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Charging;
using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Routing;

/// <summary>
/// Rp to a RAF hosted in this process: the typed request and the relayed requestor go straight to the RAF's handler
/// — no XML text, no HTTP, no token, no replay record, since nothing crosses a trust boundary. The RAF runs the same
/// operation code and takes the same decision as over SOAP (it sees the <see cref="RelayedRequestor"/> a token would
/// give it); the call has the same attempt timeout, and a failing handler is a refusal, as a SOAP fault would be.
/// </summary>
internal sealed class InProcessRpTransport(LocalRafs rafs, RpClientOptions options, string providerId, string issuer, ILogger logger) : IRpTransport
{
    private readonly RpFailures _failures = new(logger);

    public bool Serves(RafEndpoint raf) => raf.Address is null && rafs.Find(raf.Name) is not null;

    public async Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, RequestorContext requestor, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        ArgumentNullException.ThrowIfNull(raf);
        var service = rafs.Find(raf.Name) ?? throw new InvalidOperationException($"RAF '{raf.Name}' does not run in this process.");
        var handler = service.Find(XName.Get(operation, Namespaces.Rp)) ?? throw new ArgumentException($"'{operation}' is not an Rp operation a RAF serves.", nameof(operation));
        DetachPayload(request);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(options.AttemptTimeout);
        var context = new SoapRequestContext
        {
            Headers = new LibertyHeaders
            {
                HasFramework = true,
                FrameworkVersion = "2.0",
                SenderProviderId = providerId,
                MessageId = "urn:uuid:" + Guid.NewGuid().ToString("D"),
                Action = handler.Action,
                ProcessingContext = simulate ? Namespaces.ProcessingContextSimulate : null,
            },
            Requestor = RelayedRequestor.For(requestor, providerId, issuer, (request as RpComponentRequest)?.ResourceId?.Value, operation),
            Simulate = simulate,
            CancellationToken = attempt.Token,
        };
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ok = false;
        // The RAF records its own operation under the id the server's operation gave it, as it would over SOAP.
        var charging = service.Charging is null ? null : ChargingRecorder.Begin(ChargingScope.Current?.CorrelationId);
        if (charging is not null)
        {
            ChargingRecorder.Identify(charging, handler.Element.LocalName, context.Requestor, providerId, null);
            ChargingRecorder.Dispatched(charging, request);
        }

        try
        {
            var response = (TResponse)await handler.Handler(request, context);
            ChargingRecorder.Answered(charging, response);
            var answered = RpResult.Answered(raf, response);
            ok = true;
            return answered;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return _failures.Cut<TResponse>(raf, operation, options.RequestDeadline);
        }
        catch (OperationCanceledException) when (attempt.IsCancellationRequested)
        {
            return _failures.Late<TResponse>(raf, operation, options.AttemptTimeout, "");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Over SOAP the RAF's endpoint would log this and answer a fault; here both happen on this side.
            logger.LogError(ex, "Operation {Operation} on RAF {Raf} failed unexpectedly", operation, raf.Name);
            return _failures.Refused<TResponse>(raf, operation, "An unexpected error occurred.");
        }
        finally
        {
            // The RAF answered a request, as it would have over SOAP: its load shows in its own series.
            GupMeter.RecordRequest(service.Name, handler.Element.LocalName, ok, started);
            if (charging is not null)
            {
                if (!ok)
                {
                    ChargingRecorder.Faulted(charging, "unanswered");
                }

                await service.Charging!.CompleteAsync(charging, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// The RAF owns the documents it is given (it stamps versions into them, inserts them into stored trees); over SOAP
    /// it gets its own parsed copy, so here it gets a copy too and the caller's request stays as the caller built it.
    /// </summary>
    private static void DetachPayload(object request)
    {
        switch (request)
        {
            case CreateComponentRequest create:
                create.NewData = Copy(create.NewData);
                break;
            case ModifyDataRequest modify:
                foreach (var modification in modify.Modifications ?? [])
                {
                    modification.NewData = Copy(modification.NewData);
                }

                break;
        }
    }

    private static T? Copy<T>(T? content)
        where T : AnyContent, new()
    {
        if (content is null)
        {
            return null;
        }

        var copy = new T { Elements = content.Elements?.Select(e => new XElement(e)).ToArray(), Text = content.Text, Attributes = content.Attributes };
        if (content is ValueContent value && copy is ValueContent valueCopy)
        {
            valueCopy.Value = value.Value;
        }

        return copy;
    }
}
