using GupSoap.Core.Security;
using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Tests.Integration.Tls;

/// <summary>
/// A minimal Kestrel app configured by <see cref="HttpsConfiguration"/> on <c>http://127.0.0.1:0</c> and
/// <c>https://127.0.0.1:0</c>; <c>GET /whoami</c> answers the pinned provider of the client certificate, or "none".
/// </summary>
internal sealed class TlsTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TlsTestServer(WebApplication app, Uri http, Uri https)
    {
        _app = app;
        Http = http;
        Https = https;
    }

    public Uri Http { get; }

    public Uri Https { get; }

    public static async Task<TlsTestServer> StartAsync(string dataDirectory, params string[] settings)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Gup:Https:Url=https://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings];
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.ConfigureHttps(builder.Configuration, dataDirectory);
        var app = builder.Build();
        app.MapGet("/whoami", async (HttpContext context, ClientCertificatePins pins) =>
            pins.ProviderFor(await context.Connection.GetClientCertificateAsync(context.RequestAborted)) ?? "none");
        await app.StartAsync();
        var http = app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal));
        var https = app.Urls.Single(u => u.StartsWith("https://", StringComparison.Ordinal));
        return new TlsTestServer(app, new Uri(http + "/whoami"), new Uri(https + "/whoami"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
