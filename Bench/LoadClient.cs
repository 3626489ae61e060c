using System.Net;
using System.Text;

namespace GupSoap.Bench;

/// <summary>
/// Posts SOAP 1.1 envelopes (Rp and Rg alike) to paths of one loopback server over a shared connection pool and
/// judges every answer: HTTP 200 and a top-level <c>lu:Status code="OK"</c>.
/// </summary>
internal sealed class LoadClient : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    // Prefix-agnostic: the first Status in a response body is the top-level one; failures never carry OK.
    private static readonly byte[] StatusCode = "Status code=\""u8.ToArray();
    private static readonly byte[] Ok = "OK\""u8.ToArray();

    private readonly HttpClient _http;

    public LoadClient(Uri baseAddress, int connections)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!IPAddress.TryParse(baseAddress.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new ArgumentException($"Load is only sent to a loopback address, not to {baseAddress}.", nameof(baseAddress));
        }

        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = baseAddress,
            Timeout = RequestTimeout,
        };
    }

    public async Task<LoadAnswer> SendAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new ByteArrayContent(request.Envelope) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        message.Headers.TryAddWithoutValidation("SOAPAction", "\"" + request.Action + "\"");
        try
        {
            using var response = await _http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new LoadAnswer(LoadOutcome.HttpError, $"HTTP {(int)response.StatusCode}: {Excerpt(body)}");
            }

            return IsStatusOk(body) ? LoadAnswer.Ok : new LoadAnswer(LoadOutcome.StatusNotOk, Excerpt(body));
        }
        catch (HttpRequestException ex)
        {
            return new LoadAnswer(LoadOutcome.TransportError, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LoadAnswer(LoadOutcome.TransportError, $"no answer within {RequestTimeout.TotalSeconds:0} s");
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
