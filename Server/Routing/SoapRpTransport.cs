using System.Buffers;
using System.Net.Http.Headers;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Charging;
using GupSoap.Core.Gup;
using GupSoap.Core.Liberty;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GupSoap.Server.Routing;

/// <summary>
/// Rp over SOAP 1.1: one call to one RAF over the pooled <c>rp</c> HttpClient (attempt timeout and per-RAF circuit
/// breaker in its resilience pipeline), with a token naming the requestor. Answers are untrusted input (SECURITY.md
/// R6): size-capped, read through <see cref="SafeXmlLoader"/>, checked to be the expected response to this message.
/// Every way of not getting a usable answer becomes a <c>DataUnavailable</c> failure naming the RAF; nothing here throws for it.
/// </summary>
internal sealed class SoapRpTransport(IHttpClientFactory clients, LocalServerAddress local, RpClientOptions options, XmlLimits limits, string providerId, RpTokens tokens, TimeProvider time, ILogger logger)
    : IRpTransport
{
    public const string HttpClientName = "rp";

    private readonly XmlLimits _answerLimits = limits.WithMaxBodyBytes(options.MaxResponseBytes);

    private readonly RpFailures _failures = new(logger);

    /// <summary>Sends one Rp request on behalf of <paramref name="requestor"/> (named in the token the RAF receives).</summary>
    public async Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, RequestorContext requestor, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        ArgumentNullException.ThrowIfNull(raf);
        var messageId = "urn:uuid:" + Guid.NewGuid().ToString("D");
        var action = RpOperations.Action(operation);
        var token = tokens.For(requestor, raf, (request as RpComponentRequest)?.ResourceId?.Value, operation);
        var security = new OutgoingToken(token, time.GetUtcNow(), TimeSpan.FromMinutes(1));
        using var message = new HttpRequestMessage(HttpMethod.Post, local.For(raf)) { Content = Envelope(messageId, action, request, simulate, security) };
        message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        if (System.Diagnostics.Activity.Current is { IdFormat: System.Diagnostics.ActivityIdFormat.W3C } hop)
        {
            // W3C Trace Context on Rp: the RAF's span joins this request's trace.
            message.Headers.TryAddWithoutValidation(Core.Hosting.GupTracing.TraceParent, hop.Id);
            if (hop.TraceStateString is { Length: > 0 } state)
            {
                message.Headers.TryAddWithoutValidation(Core.Hosting.GupTracing.TraceState, state);
            }
        }

        if (ChargingScope.Current is { } charging)
        {
            message.Headers.TryAddWithoutValidation(CorrelationIds.Header, charging.CorrelationId);
        }
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            using var body = await ReadCappedAsync(response, cancellationToken);
            if (body is null)
            {
                return Unavailable<TResponse>(raf, operation, $"answered more than {options.MaxResponseBytes} bytes");
            }

            return Interpret<TResponse>(raf, operation, body, messageId, XName.Get(operation + "Response", Namespaces.Rp));
        }
        catch (TimeoutRejectedException)
        {
            return _failures.Late<TResponse>(raf, operation, options.AttemptTimeout, "");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return _failures.Cut<TResponse>(raf, operation, options.RequestDeadline);
        }
        catch (BrokenCircuitException)
        {
            return Unavailable<TResponse>(raf, operation, "is failing repeatedly; calls to it are paused for a few seconds");
        }
        catch (HttpRequestException ex)
        {
            return Unavailable<TResponse>(raf, operation, $"could not be reached ({ex.HttpRequestError})");
        }
    }

    private ByteArrayContent Envelope(string messageId, string action, object request, bool simulate, OutgoingToken security)
    {
        using var buffer = new MemoryStream();
        SoapMessageWriter.WriteMessage(buffer, SoapVersion.Soap11,
            new OutgoingHeaders(messageId, null, action, providerId, simulate ? Namespaces.ProcessingContextSimulate : null, Token: security), request);
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        return content;
    }

    private RpResult<TResponse> Interpret<TResponse>(RafEndpoint raf, string operation, MemoryStream body, string messageId, XName expected)
        where TResponse : RpResponse
    {
        var loaded = SafeXmlLoader.Load(body, _answerLimits);
        if (!loaded.Success)
        {
            return Unavailable<TResponse>(raf, operation, "answered with malformed XML: " + loaded.Error);
        }

        var (envelope, fault) = SoapEnvelopeParser.Parse(loaded.Document!, SoapVersion.Soap11);
        if (fault is not null)
        {
            return Unavailable<TResponse>(raf, operation, "answered with a malformed envelope: " + fault.Reason);
        }

        var relatesTo = envelope!.Headers.FirstOrDefault(h => h.Name == LibertyHeaderNames.RelatesTo)?.Value.Trim();
        if (relatesTo is not null && relatesTo != messageId)
        {
            return Unavailable<TResponse>(raf, operation, "answered a different message");
        }

        if (envelope.Operation.Name.LocalName == "Fault" && envelope.Operation.Name.Namespace == Namespaces.Soap11)
        {
            return _failures.Refused<TResponse>(raf, operation, (string?)envelope.Operation.Element("faultstring") ?? "no reason");
        }

        if (envelope.Operation.Name != expected)
        {
            return Unavailable<TResponse>(raf, operation, $"answered with '{SoapFaults.Truncate(envelope.Operation.Name.LocalName)}' instead of {expected.LocalName}");
        }

        var (value, error) = MessageSerializer.Deserialize(envelope.Operation, typeof(TResponse));
        return value is TResponse typed
            ? RpResult.Answered(raf, typed)
            : Unavailable<TResponse>(raf, operation, "answered with an unreadable body: " + error);
    }

    private async Task<MemoryStream?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var max = options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            return null;
        }

        var buffer = new MemoryStream((int)Math.Min(response.Content.Headers.ContentLength ?? 16 * 1024, max));
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        return buffer;
    }

    private RpResult<TResponse> Unavailable<TResponse>(RafEndpoint raf, string operation, string what)
        where TResponse : RpResponse => _failures.Unavailable<TResponse>(raf, operation, what);
}
