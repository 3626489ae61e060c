using System.Net;
using GupSoap.Core.Liberty;
using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>MessageIDs the server's duplicate store holds now (Rg and Rp share it); null if it is not the in-memory store.</summary>
    public int? MessageIdsRemembered => (_app.Services.GetService<IMessageIdStore>() as InMemoryMessageIdStore)?.Count;

    /// <summary>Most MessageIDs the server's duplicate store holds before it refuses requests.</summary>
    public int MessageIdCapacity => _app.Services.GetRequiredService<LibertyOptions>().MessageIdCapacity;

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
