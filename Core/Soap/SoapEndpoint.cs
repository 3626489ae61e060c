using System.Buffers;
using GupSoap.Core.Charging;
using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace GupSoap.Core.Soap;

/// <summary>
/// The HTTP side of a SOAP service: reads at most the body limit, parses through <see cref="SafeXmlLoader"/>,
/// checks envelope and Liberty headers, cross-checks SOAPAction, dispatches on the Body's QName, writes the answer.
/// Each step is its own class; this one only orders them.
/// </summary>
/// <param name="requireClientTls">Callers must present a pinned client certificate (Liberty ClientTLS:Bearer, for Rp).</param>
public sealed partial class SoapEndpoint(SoapService service, XmlLimits limits, LibertyHeaderValidator validator, RequestAuthenticator authenticator, ILogger<SoapEndpoint> logger, bool requireClientTls = false)
{
    private const string DrainedKey = "GupSoap.BodyDrained";
    private const string UnknownOperation = "unknown";

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = GupTracing.Source.HasListeners()
            ? GupTracing.StartServer(service.Name, http.Request.Headers[GupTracing.TraceParent], http.Request.Headers[GupTracing.TraceState])
            : null;
        var charging = service.Charging;
        var scope = charging is null ? null : ChargingRecorder.Begin();
        var operation = UnknownOperation;
        try
        {
            operation = await HandleRequestAsync(http, scope);
        }
        finally
        {
            GupMeter.RecordRequest(service.Name, operation, http.Response.StatusCode == 200, started);
            GupTracing.EndServer(activity, operation, http.Response.StatusCode);
            if (scope is not null)
            {
                // Written already when an answer was sent; this catches a request that ended without one.
                await charging!.CompleteAsync(scope, CancellationToken.None);
            }
        }
    }

    /// <summary>Answers the request; returns the name of the operation it was for, if it is one this service serves (a metric label).</summary>
    private async Task<string> HandleRequestAsync(HttpContext http, ChargingScope? scope)
    {
        var contentType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed : null;
        var version = SoapVersionExtensions.FromMediaType(contentType?.MediaType.ToString());
        if (version is null)
        {
            await RefuseAsync(http, SoapVersion.Soap11, null, SoapFaults.UnsupportedMediaType(contentType?.MediaType.ToString()));
            return UnknownOperation;
        }

        var (envelope, headers, fault) = await ReadRequestAsync(http, version.Value, contentType);
        var found = envelope is not null ? service.Find(envelope.Operation.Name) : null;
        var known = found?.Element.LocalName ?? UnknownOperation;
        RequestorContext? requestor = null;
        if (fault is null)
        {
            (requestor, fault) = await AuthenticateAsync(http, envelope!, headers!);
        }

        if (scope is not null && found is not null)
        {
            ChargingRecorder.Identify(scope, found.Element.LocalName, requestor, headers?.SenderProviderId, http.Request.Headers[CorrelationIds.Header].ToString());
        }

        if (fault is not null)
        {
            await RefuseAsync(http, version.Value, headers, fault);
            return known;
        }

        var operation = found!;
        var (request, error) = MessageSerializer.Deserialize(envelope!.Operation, operation.RequestType);
        if (request is null)
        {
            await RefuseAsync(http, version.Value, headers, SoapFaults.InvalidMessage(error ?? "unreadable body."));
            return known;
        }

        ChargingRecorder.Dispatched(scope, request);
        if (service.Admission?.Admit(operation, request, requestor) is { } refusal)
        {
            if (scope is not null)
            {
                scope.Limit = refusal.Limit;
            }

            await RefuseAsync(http, version.Value, headers, refusal.Fault);
            return known;
        }

        var context = new SoapRequestContext
        {
            Envelope = envelope,
            Headers = headers!,
            Requestor = requestor,
            Simulate = headers!.ProcessingContext == Contracts.Namespaces.ProcessingContextSimulate,
            HttpContext = http,
            CancellationToken = http.RequestAborted,
        };
        object response;
        try
        {
            response = await operation.Handler(request, context);
        }
        catch (System.Data.Common.DbException ex)
        {
            // Database down, pool exhausted, statement timed out: a clear, retryable fault rather than an unexpected error (SECURITY.md R10).
            logger.LogWarning(ex, "Operation {Operation} on {Service}: the data store cannot answer", operation.Element.LocalName, service.Name);
            await WriteFaultAsync(http, version.Value, headers, SoapFaults.Unavailable("The data store cannot answer; try again later."));
            return known;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(logger, ex, operation.Element.LocalName, service.Name, SoapFaults.Truncate(headers.MessageId));
            await WriteFaultAsync(http, version.Value, headers, SoapFaults.Unexpected());
            return known;
        }

        ChargingRecorder.Answered(scope, response);
        await WriteAsync(http, version.Value, 200, operation.ResponseAction,
            stream => SoapMessageWriter.WriteMessage(stream, version.Value, OutgoingHeaders.For(headers, operation.ResponseAction, service.ProviderId), response));
        return known;
    }

    private async Task<(RequestorContext?, SoapFault?)> AuthenticateAsync(HttpContext http, SoapEnvelope envelope, LibertyHeaders headers)
    {
        var request = http.Request;
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var requirements = new AssertionRequirements(service.ProviderId!, [url, service.ProviderId!]);
        var (requestor, failure) = await authenticator.AuthenticateAsync(envelope, headers, ConnectionFacts.Of(http), requirements, requireClientTls, http.RequestAborted);
        if (failure is not null)
        {
            return (null, SoapFaults.Security(failure));
        }

        return (requestor, await validator.RecordAsync(headers, http.RequestAborted));
    }

    private async Task<(SoapEnvelope?, LibertyHeaders?, SoapFault?)> ReadRequestAsync(HttpContext http, SoapVersion version, MediaTypeHeaderValue? contentType)
    {
        if (http.Request.Headers.ContentEncoding.Count > 0 && !http.Request.Headers.ContentEncoding.ToString().Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, SoapFaults.UnsupportedEncoding());
        }

        using var body = await ReadBodyAsync(http);
        if (body is null)
        {
            return (null, null, SoapFaults.BodyTooLarge(limits.MaxBodyBytes));
        }

        ChargingRecorder.Measured(ChargingScope.Current, body.Length, null);

        var loaded = SafeXmlLoader.Load(body, limits);
        if (!loaded.Success)
        {
            return (null, null, SoapFaults.Malformed(loaded.Error!));
        }

        var (envelope, fault) = SoapEnvelopeParser.Parse(loaded.Document!, version);
        if (fault is not null)
        {
            return (null, null, fault);
        }

        var (headers, headerFault) = LibertyHeaderReader.Read(envelope!);
        if (headerFault is not null)
        {
            return (envelope, headers, headerFault);
        }

        var operation = service.Find(envelope!.Operation.Name);
        if (operation is null)
        {
            return (envelope, headers, SoapFaults.UnknownOperation(envelope.Operation.Name));
        }

        var action = SoapActionReader.Read(http.Request, version, contentType);
        if (action is not null && action != operation.Action)
        {
            var source = version == SoapVersion.Soap11 ? "SOAPAction" : "The Content-Type action parameter";
            return (envelope, headers, SoapFaults.ActionMismatch(source, action, envelope.Operation.Name, operation.Action));
        }

        if (headers!.Action is { } wsaAction && wsaAction != operation.Action)
        {
            return (envelope, headers, SoapFaults.ActionMismatch("wsa:Action", wsaAction, envelope.Operation.Name, operation.Action));
        }

        return (envelope, headers, validator.Check(headers));
    }

    /// <summary>The body in memory, or null when it exceeds the limit (SECURITY.md P11).</summary>
    private async Task<MemoryStream?> ReadBodyAsync(HttpContext http)
    {
        var max = limits.MaxBodyBytes;
        if (http.Request.ContentLength > max)
        {
            await DrainModestExcessAsync(http, max);
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = max + 1L;
        }

        var buffer = new MemoryStream((int)Math.Min(http.Request.ContentLength ?? 4096, max));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            await buffer.DisposeAsync();
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>
    /// A body announced up to four times the limit is read and dropped before the 413 is sent: closing a socket
    /// with unread data resets the connection, and the client would lose the fault. Anything larger is not read.
    /// </summary>
    private static async Task DrainModestExcessAsync(HttpContext http, int max)
    {
        if (http.Request.ContentLength > 4L * max || http.Features.Get<IHttpMaxRequestBodySizeFeature>() is not { IsReadOnly: false } sizeFeature)
        {
            return;
        }

        sizeFeature.MaxRequestBodySize = http.Request.ContentLength;
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (await http.Request.Body.ReadAsync(chunk, http.RequestAborted) > 0)
            {
            }

            http.Items[DrainedKey] = true;
        }
        catch (BadHttpRequestException)
        {
            // Slower than Kestrel's minimum data rate, or shorter than announced: the connection is closed.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Answers a request the pipeline refuses with its fault, logged once and counted (security refusals by WSS fault).</summary>
    private async Task RefuseAsync(HttpContext http, SoapVersion version, LibertyHeaders? headers, SoapFault fault)
    {
        var status = fault.StatusFor(version);
        if (status == 413 && !http.Items.ContainsKey(DrainedKey))
        {
            // The rest of the body is never read: the connection cannot carry another request.
            http.Response.Headers.Connection = "close";
        }

        if (fault.Subcode?.NamespaceName == Contracts.Namespaces.WsSecurity)
        {
            GupMeter.SecurityRefusals.Add(1, new("service", service.Name), new("fault", fault.Subcode.LocalName));
        }

        var remote = http.Connection.RemoteIpAddress;
        var peer = remote is null ? "unknown" : $"{remote}:{http.Connection.RemotePort}";
        LogRefused(logger, service.Name, peer, fault.Refusal, status, SoapFaults.Truncate(headers?.MessageId), SoapFaults.Truncate(headers?.SenderProviderId), fault.Reason);
        await WriteFaultAsync(http, version, headers, fault);
    }

    private Task WriteFaultAsync(HttpContext http, SoapVersion version, LibertyHeaders? headers, SoapFault fault)
    {
        ChargingRecorder.Faulted(ChargingScope.Current, fault.Subcode is { } subcode ? fault.Refusal + "/" + subcode.LocalName : fault.Refusal);
        if (fault.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return WriteAsync(http, version, fault.StatusFor(version), null,
            stream => SoapMessageWriter.WriteFault(stream, version, OutgoingHeaders.For(headers, null, service.ProviderId), fault));
    }

    private async Task WriteAsync(HttpContext http, SoapVersion version, int status, string? action, Action<Stream> write)
    {
        using var buffer = new PooledBufferStream();
        write(buffer);
        http.Response.StatusCode = status;
        http.Response.ContentType = version == SoapVersion.Soap11 || action is null
            ? version.MediaType() + "; charset=utf-8"
            : $"{version.MediaType()}; charset=utf-8; action=\"{action}\"";
        http.Response.ContentLength = buffer.Length;
        var scope = ChargingScope.Current;
        ChargingRecorder.Measured(scope, null, buffer.Length);
        if (scope is not null && service.Charging is { } charging)
        {
            // Queued before the answer leaves: a caller holding the answer finds the record after a flush.
            await charging.CompleteAsync(scope, CancellationToken.None);
        }

        await http.Response.Body.WriteAsync(buffer.Written, http.RequestAborted);
    }
}
