using System.Net;
using System.Text;

namespace GupSoap.Bench;

/// <summary>
/// Posts Rp envelopes (SOAP 1.1) to one loopback endpoint over a shared connection pool and judges every answer:
/// HTTP 200 and a top-level <c>lu:Status code="OK"</c>.
/// </summary>
internal sealed class RpClient : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    // Prefix-agnostic: the first Status in a response body is the top-level one; failures never carry OK.
    private static readonly byte[] StatusCode = "Status code=\""u8.ToArray();
    private static readonly byte[] Ok = "OK\""u8.ToArray();

    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public RpClient(Uri endpoint, int connections)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!IPAddress.TryParse(endpoint.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new ArgumentException($"Load is only sent to a loopback address, not to {endpoint}.", nameof(endpoint));
        }

        _endpoint = endpoint;
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            Timeout = RequestTimeout,
        };
    }

    public Uri Endpoint => _endpoint;

    public async Task<RpAnswer> SendAsync(RpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(request.Envelope) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        message.Headers.TryAddWithoutValidation("SOAPAction", "\"" + request.Action + "\"");
        try
        {
            using var response = await _http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new RpAnswer(RpOutcome.HttpError, $"HTTP {(int)response.StatusCode}: {Excerpt(body)}");
            }

            return IsStatusOk(body) ? RpAnswer.Ok : new RpAnswer(RpOutcome.StatusNotOk, Excerpt(body));
        }
        catch (HttpRequestException ex)
        {
            return new RpAnswer(RpOutcome.TransportError, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RpAnswer(RpOutcome.TransportError, $"no answer within {RequestTimeout.TotalSeconds:0} s");
        }
    }

    public void Dispose() => _http.Dispose();

    private static bool IsStatusOk(ReadOnlySpan<byte> body)
    {
        var at = body.IndexOf(StatusCode);
        return at >= 0 && body[(at + StatusCode.Length)..].StartsWith(Ok);
    }

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096));
        var bodyStart = text.IndexOf("Body", StringComparison.Ordinal);
        var from = bodyStart < 0 ? 0 : bodyStart;
        return text.Substring(from, Math.Min(400, text.Length - from));
    }
}
