using System.Net;
using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace GupSoap.Bench;

/// <summary>
/// The embedded GupSoap default (both RAFs, demo data) in this process on an ephemeral 127.0.0.1 port, with a fresh
/// temporary data directory and per-request logging silenced; removed again on dispose.
/// </summary>
internal sealed class EmbeddedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private EmbeddedServer(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri Rp(string raf) => new(BaseAddress, $"raf/{raf}/rp");

    public static async Task<EmbeddedServer> StartAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "gupsoap-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Gup:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = await GupSoapHost.BuildAsync(args);
        await app.StartAsync();
        var baseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        if (!IPAddress.TryParse(baseAddress.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            await app.StopAsync();
            await app.DisposeAsync();
            throw new InvalidOperationException($"The embedded server is bound to {baseAddress}, not to a loopback address.");
        }

        return new EmbeddedServer(app, dataDirectory, baseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held open is left for the temp cleaner.
        }
    }
}
