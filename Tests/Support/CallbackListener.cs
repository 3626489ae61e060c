using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GupSoap.Tests.Support;

/// <summary>What a <see cref="CallbackListener"/> does with a notification.</summary>
internal enum CallbackAnswer
{
    Accept,
    Fault,
    Hang,
    Redirect,
    Huge,
}

/// <summary>One notification a <see cref="CallbackListener"/> received.</summary>
internal sealed record ReceivedNotification(string Path, string? SoapAction, string? ContentType, string Body);

/// <summary>
/// A subscriber's callback on real Kestrel at 127.0.0.1:0: records every notification and TCP connection, and
/// answers as told (accept, SOAP fault with 500, hang until the caller gives up, redirect, a huge body).
/// </summary>
internal sealed class CallbackListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CallbackAnswer> _script = new();
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
    private readonly Channel<ReceivedNotification> _arrivals = Channel.CreateUnbounded<ReceivedNotification>();
    private readonly TaskCompletionSource _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _connections;

    private CallbackListener(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    /// <summary>The answer once <see cref="Then"/>'s queue is used up.</summary>
    public CallbackAnswer Default { get; set; } = CallbackAnswer.Accept;

    public string RedirectTo { get; set; } = "http://127.0.0.1:1/";

    public int HugeBytes { get; set; } = 1024 * 1024;

    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<ReceivedNotification> Received => [.. _received];

    /// <summary>Completes when a request starts hanging.</summary>
    public Task Hanging => _hanging.Task;

    public string Url(string path = "notify") => new Uri(BaseAddress, path).ToString();

    public static async Task<CallbackListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        CallbackListener? listener = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, endpoint => endpoint.Use(next => connection =>
        {
            Interlocked.Increment(ref listener!._connections);
            return next(connection);
        })));
        var app = builder.Build();
        listener = new CallbackListener(app);
        app.MapPost("/{**path}", listener.HandleAsync);
        await app.StartAsync();
        listener.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return listener;
    }

    /// <summary>Answers the next notifications with these, in order, then with <see cref="Default"/>.</summary>
    public void Then(params CallbackAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    /// <summary>The next notification received (already or later), failing after <paramref name="timeoutSeconds"/>.</summary>
    public async Task<ReceivedNotification> NextAsync(int timeoutSeconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        return await _arrivals.Reader.ReadAsync(timeout.Token);
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var received = new ReceivedNotification(http.Request.Path, http.Request.Headers["SOAPAction"].FirstOrDefault(), http.Request.ContentType, body);
        _received.Enqueue(received);
        _arrivals.Writer.TryWrite(received);
        switch (_script.TryDequeue(out var scripted) ? scripted : Default)
        {
            case CallbackAnswer.Fault:
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                http.Response.ContentType = "text/xml; charset=utf-8";
                await http.Response.WriteAsync(SoapFault, http.RequestAborted);
                break;
            case CallbackAnswer.Hang:
                _hanging.TrySetResult();
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case CallbackAnswer.Redirect:
                http.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
                http.Response.Headers.Location = RedirectTo;
                break;
            case CallbackAnswer.Huge:
                await WriteHugeAsync(http);
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status200OK;
                break;
        }
    }

    private async Task WriteHugeAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/xml; charset=utf-8";
        var chunk = new byte[16 * 1024];
        Array.Fill(chunk, (byte)'x');
        try
        {
            for (var written = 0; written < HugeBytes && !http.RequestAborted.IsCancellationRequested; written += chunk.Length)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The caller stopped reading at its cap: that is the point.
        }
        catch (IOException)
        {
        }
    }

    private const string SoapFault =
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault><faultcode>s:Server</faultcode>" +
        "<faultstring>busy</faultstring></s:Fault></s:Body></s:Envelope>";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
