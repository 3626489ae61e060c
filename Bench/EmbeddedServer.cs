using System.Net;
using GupSoap.Core.Liberty;
using GupSoap.Core.Saml;
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
        var rules = Path.Combine(dataDirectory, "bench-rules.xml");
        await File.WriteAllTextAsync(rules, BenchRules);
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Gup:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            "--Gup:Https:Url=",
            // The load client talks plain HTTP on loopback: the development mechanism null:Bearer, switched on here only.
            "--Gup:Security:AllowNullBearer=true",
            $"--Gup:Authorization:CommonRulesPath={rules}",
        ];
        var app = await GupSoapHost.BuildAsync(args);
        await app.StartAsync();
        var token = app.Services.GetRequiredService<AssertionIssuer>().Issue(new AssertionDescriptor
        {
            Audiences = ["urn:gupsoap:gup-server", "urn:gupsoap:raf:hss", "urn:gupsoap:raf:services"],
            NameId = LibertyEnvelope.Sender,
            Lifetime = TimeSpan.FromHours(12),
        });
        LibertyEnvelope.Token = token.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        var baseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        if (!IPAddress.TryParse(baseAddress.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            await app.StopAsync();
            await app.DisposeAsync();
            throw new InvalidOperationException($"The embedded server is bound to {baseAddress}, not to a loopback address.");
        }

        return new EmbeddedServer(app, dataDirectory, baseAddress);
    }

    /// <summary>Common rules that let the bench application do anything with every profile.</summary>
    public const string BenchRules = """
        <gup:AuthorizationRules xmlns:gup="urn:3gpp:gup:2006-08">
          <gup:Rule id="bench-does-anything">
            <gup:Requestor><gup:ProviderID>urn:gupsoap:app:bench</gup:ProviderID></gup:Requestor>
            <gup:Target/>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

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
