using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GupSoap.Tests.Support;

/// <summary>
/// A hostile or broken repository on real Kestrel at 127.0.0.1:0: it answers every Rp request with whatever the test
/// writes (malformed, oversized, DTD-bearing XML, a hang), so the GUP Server's handling of RAF answers is exercised.
/// </summary>
internal sealed class FakeRaf : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FakeRaf(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Requests => Volatile.Read(ref _requests);

    public Uri Rp(string raf) => new(BaseAddress, $"raf/{raf}/rp");

    public static async Task<FakeRaf> StartAsync(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        FakeRaf? fake = null;
        app.MapPost("/raf/{name}/rp", async http =>
        {
            Interlocked.Increment(ref fake!._requests);
            await answer(http);
        });
        await app.StartAsync();
        fake = new FakeRaf(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        return fake;
    }

    public static Func<HttpContext, Task> Answering(string body, int status = 200) => async http =>
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml; charset=utf-8";
        await http.Response.WriteAsync(body, http.RequestAborted);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
