using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace GupSoap.Tests.Support;

/// <summary>A real GupSoap process-in-test on Kestrel at 127.0.0.1:0 with its own data directory.</summary>
internal sealed class GupServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GupServer(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Rp(string raf) => new(BaseAddress, $"raf/{raf}/rp");

    public static async Task<GupServer> StartAsync(params string[] extraArgs)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "gupsoap-tests", Guid.NewGuid().ToString("N"));
        string[] args = ["--urls", "http://127.0.0.1:0", $"--Gup:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=Warning", .. extraArgs];
        var app = await GupSoapHost.BuildAsync(args);
        await app.StartAsync();
        var address = app.Urls.First();
        return new GupServer(app, dataDirectory, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner.
        }
    }
}
