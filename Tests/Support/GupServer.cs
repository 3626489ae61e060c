using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace GupSoap.Tests.Support;

/// <summary>A real GupSoap process-in-test on Kestrel at 127.0.0.1:0 with its own data directory.</summary>
internal sealed class GupServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly bool _ownsDataDirectory;

    private GupServer(WebApplication app, string dataDirectory, bool ownsDataDirectory, Uri baseAddress)
    {
        _app = app;
        _ownsDataDirectory = ownsDataDirectory;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Rp(string raf) => new(BaseAddress, $"raf/{raf}/rp");

    public Uri Rg => new(BaseAddress, "gup/rg");

    /// <summary>Every address the server listens on (the plain one first, then https when configured).</summary>
    public IReadOnlyList<Uri> Urls => [.. _app.Urls.Select(u => new Uri(u.TrimEnd('/') + "/"))];

    public static Task<GupServer> StartAsync(params string[] extraArgs) => StartInAsync(NewDataDirectory(), ownsDataDirectory: true, extraArgs);

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "gupsoap-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Starts with every line it logs kept in <paramref name="logs"/> (filtered by <c>Logging:LogLevel</c> as usual).</summary>
    public static Task<GupServer> StartLoggingToAsync(LogCapture logs, params string[] extraArgs) =>
        StartInAsync(NewDataDirectory(), ownsDataDirectory: true, builder => builder.Logging.AddProvider(logs), extraArgs);

    /// <summary>Starts on an existing or chosen data directory; the caller keeps it unless <paramref name="ownsDataDirectory"/>.</summary>
    public static Task<GupServer> StartInAsync(string dataDirectory, bool ownsDataDirectory, params string[] extraArgs) =>
        StartInAsync(dataDirectory, ownsDataDirectory, null, extraArgs);

    private static async Task<GupServer> StartInAsync(string dataDirectory, bool ownsDataDirectory, Action<WebApplicationBuilder>? configure, string[] extraArgs)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", $"--Gup:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=Warning", .. TestIdentity.ServerArgs, .. extraArgs];
        var app = await GupSoapHost.BuildAsync(args, configure);
        await app.StartAsync();
        var address = app.Urls.First();
        return new GupServer(app, dataDirectory, ownsDataDirectory, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsDataDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
    }

    public static void DeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner.
        }
    }
}
