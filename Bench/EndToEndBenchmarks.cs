using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using GupSoap.Bench.Compare;
using GupSoap.Core.Saml;
using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Bench;

/// <summary>
/// Whole requests through the server in this process (TestServer, no sockets): the compare workloads' envelopes with
/// a fresh MessageID each, so the time and allocation of everything the server does per request show in one figure.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "BenchmarkDotNet derives from benchmark classes, which must be public and unsealed.")]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet's lifecycle: disposed in GlobalCleanup.")]
public class EndToEndBenchmarks
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gupsoap-bench-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private HttpClient? _client;
    private Dictionary<string, Workload> _workloads = [];
    private long _next;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _app?.StopAsync().GetAwaiter().GetResult();
        (_app as IAsyncDisposable)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "Rp ReadData of one element")]
    public Task<string> RpRead() => SendAsync("rp-read");

    [Benchmark(Description = "Rg Query of one element")]
    public Task<string> RgItem() => SendAsync("rg-item");

    [Benchmark(Description = "Rg Query of the whole profile")]
    public Task<string> RgProfile() => SendAsync("rg-profile");

    [Benchmark(Description = "Rg Modify of one element")]
    public Task<string> RgModify() => SendAsync("rg-modify");

    private async Task<string> SendAsync(string name)
    {
        var workload = _workloads[name];
        var id = "urn:uuid:" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + _directory.GetHashCode(StringComparison.Ordinal);
        using var content = new ByteArrayContent(workload.Sample(id));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, workload.Path) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{workload.SoapAction}\"");
        using var response = await _client!.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && text.Contains("code=\"OK\"", StringComparison.Ordinal)
            ? text
            : throw new InvalidOperationException($"{name} did not answer OK: {text}");
    }

    private async Task SetupAsync()
    {
        Directory.CreateDirectory(_directory);
        var rules = Path.Combine(_directory, "bench-rules.xml");
        await File.WriteAllTextAsync(rules, EmbeddedServer.BenchRules);
        _app = await GupSoapHost.BuildAsync(
        [
            $"--Gup:DataDirectory={_directory}", "--Logging:LogLevel:Default=Warning", "--Gup:Https:Url=",
            "--Gup:Security:AllowNullBearer=true", $"--Gup:Authorization:CommonRulesPath={rules}",
        ], builder =>
        {
            builder.WebHost.UseTestServer();
            // TestServer has no peer address; these requests stand for loopback clients, as in the compare mode.
            builder.Services.AddSingleton<IStartupFilter>(new LoopbackPeer());
        });
        await _app.StartAsync();
        _client = _app.GetTestClient();
        LibertyEnvelope.Token = _app.Services.GetRequiredService<AssertionIssuer>().Issue(new AssertionDescriptor
        {
            Audiences = ["urn:gupsoap:gup-server", "urn:gupsoap:raf:hss", "urn:gupsoap:raf:services"],
            NameId = LibertyEnvelope.Sender,
            Lifetime = TimeSpan.FromHours(12),
        }).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        _workloads = Workloads.Fixed(DateTimeOffset.UtcNow).Where(w => !w.OnCeiling).ToDictionary(w => w.Name);
        foreach (var name in _workloads.Keys)
        {
            await SendAsync(name);
        }
    }

    private sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }
}
