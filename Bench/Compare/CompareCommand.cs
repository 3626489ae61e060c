using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using GupSoap.Contracts;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Bench.Compare;

/// <summary>
/// <c>compare</c>: the ceiling (a trivial Kestrel app) and the GupSoap server, each in its own process on loopback,
/// driven by wrk in turn with every request authenticated (a bearer assertion of the server's key, a fresh MessageID;
/// plain HTTP with the development switch so TLS is not in the figure), then one table of ratios to the ceiling.
/// </summary>
internal static class CompareCommand
{
    private const int FirstDataSize = 10_000;

    public static async Task<int> RunAsync(CompareOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!OnPath("wrk"))
        {
            await Console.Error.WriteLineAsync("compare needs wrk on PATH (Debian: apt-get install wrk).");
            return 2;
        }

        var data = Path.Combine(Path.GetTempPath(), "gupsoap-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            var rules = Path.Combine(data, "bench-rules.xml");
            await File.WriteAllTextAsync(rules, EmbeddedServer.BenchRules, cancellationToken);
            var credentials = SigningKeyStore.LoadOrCreate(Path.Combine(data, "keys"), "urn:gupsoap:gup-server", TimeProvider.System);
            LibertyEnvelope.Token = new AssertionIssuer(credentials, TimeProvider.System).Issue(new AssertionDescriptor
            {
                Audiences = ["urn:gupsoap:gup-server", "urn:gupsoap:raf:hss", "urn:gupsoap:raf:services"],
                NameId = LibertyEnvelope.Sender,
                Lifetime = TimeSpan.FromHours(12),
            }).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);

            var rows = new List<CompareRow>();
            var extra = new List<(string, WrkResult)>();
            await using (var ceiling = await ChildProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "GupSoap.Bench.dll"), ["ceiling"], [], "stats"))
            {
                await using var server = await StartServerAsync(data, rules, options);
                output.WriteLine($"ceiling at {ceiling.BaseAddress}, server at {server.BaseAddress} (data {data})");
                await SubscribeAsync(server.BaseAddress, ceiling.BaseAddress);
                foreach (var workload in Workloads.Fixed(DateTimeOffset.UtcNow).Where(w => Selected(options, w)))
                {
                    var process = workload.OnCeiling ? ceiling : server;
                    rows.Add(await MeasureAsync(process.BaseAddress, workload, options, 0, output));
                    if (workload.Name == "rp-read")
                    {
                        extra.Add(await HalfRateAsync(server.BaseAddress, workload, options, rows[^1].Result, output));
                    }
                }
            }

            if (options.Subscribers > 0)
            {
                foreach (var store in options.Postgres is { } postgres ? new[] { BenchStore.Sqlite, BenchStore.Postgres(postgres) } : [BenchStore.Sqlite])
                {
                    rows.AddRange(await MeasureDataSizesAsync(store, data, rules, options, output, cancellationToken));
                }
            }

            CompareReport.Print(output, options, rows, extra);
            return rows.Any(r => r.Result.NotOk + r.Result.SocketErrors > 0) ? 1 : 0;
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }

    /// <summary>The data-size workloads at 10,000 subscribers and at --subscribers, each size in its own store.</summary>
    private static async Task<List<CompareRow>> MeasureDataSizesAsync(BenchStore store, string data, string rules, CompareOptions options, TextWriter output,
        CancellationToken cancellationToken)
    {
        var rows = new List<CompareRow>();
        var provisioned = 0;
        foreach (var size in new[] { Math.Min(FirstDataSize, options.Subscribers), options.Subscribers }.Distinct())
        {
            // A kept directory (or, on PostgreSQL, a database) per size; else one temporary directory grown in turn.
            var sized = options.DataDirectory is { } kept ? SizedDirectory(kept, store.IsPostgres ? $"{store.Kind}-{size}" : $"{size}", data) : data;
            var where = await store.ForSizeAsync(size, cancellationToken);
            if (options.DataDirectory is not null || store.IsPostgres)
            {
                provisioned = await BulkProvisioner.ProvisionedAsync(where, sized, cancellationToken);
            }

            await BulkProvisioner.ProvisionAsync(where, sized, provisioned, size, output, cancellationToken);
            provisioned = size;
            await using var server = await StartServerAsync(sized, rules, options with { ServerArguments = [.. options.ServerArguments, .. where.ServerArguments()] });
            foreach (var workload in Workloads.Random(DateTimeOffset.UtcNow).Where(w => Selected(options, w)))
            {
                rows.Add(await MeasureAsync(server.BaseAddress, workload, options, size, output) with { Store = store.IsPostgres ? store.Kind : null });
            }
        }

        return rows;
    }

    /// <summary>
    /// The kept directory of one data size, with this run's signing key (the workloads' token is minted with it).
    /// </summary>
    private static string SizedDirectory(string kept, string name, string data)
    {
        var directory = Path.Combine(kept, name);
        var keys = Directory.CreateDirectory(Path.Combine(directory, "keys")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(data, "keys")))
        {
            File.Copy(file, Path.Combine(keys, Path.GetFileName(file)), overwrite: true);
        }

        return directory;
    }

    private static bool Selected(CompareOptions options, Workload workload) =>
        options.Only.Count == 0 || workload.OnCeiling || options.Only.Contains(workload.Name, StringComparer.Ordinal);

    private static Task<ChildProcess> StartServerAsync(string data, string rules, CompareOptions options) =>
        ChildProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll"),
        [
            $"--Gup:DataDirectory={data}",
            "--Gup:Https:Url=",
            // wrk talks plain HTTP on loopback: the development mechanism null:Bearer, switched on here only.
            "--Gup:Security:AllowNullBearer=true",
            $"--Gup:Authorization:CommonRulesPath={rules}",
            "--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1",
            "--Logging:LogLevel:Default=Warning",
            .. options.ServerArguments,
        ], options.ServerEnvironment, "healthz");

    private static async Task<CompareRow> MeasureAsync(Uri baseAddress, Workload workload, CompareOptions options, int subscribers, TextWriter output)
    {
        var target = new Uri(baseAddress, workload.Path.TrimStart('/'));
        await VerifyAsync(target, workload);
        output.WriteLine($"{workload.Name}{(subscribers > 0 ? $" @{subscribers:N0}" : "")}: {workload.Description}");
        if (options.WarmupSeconds > 0)
        {
            var warm = await WrkRun.RunAsync(target, workload, options, options.WarmupSeconds, subscribers);
            output.WriteLine(Invariant($"  warm-up {warm.RequestsPerSecond:N0} req/s"));
        }

        var before = await ServerStats.ReadAsync(baseAddress, workload.OnCeiling);
        var result = await WrkRun.RunAsync(target, workload, options, options.Seconds, subscribers);
        var after = await ServerStats.ReadAsync(baseAddress, workload.OnCeiling);
        var requests = Math.Max(result.Requests, 1);
        var row = new CompareRow(workload, subscribers, result, (after.CpuSeconds - before.CpuSeconds) * 1e6 / requests, (double)(after.AllocatedBytes - before.AllocatedBytes) / requests);
        output.WriteLine(Invariant($"  {result.RequestsPerSecond:N0} req/s, p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms, {row.CpuMicrosecondsPerRequest:N0} µs CPU and {row.AllocatedBytesPerRequest:N0} B per request, {result.NotOk + result.SocketErrors} not OK"));
        return row;
    }

    /// <summary>The same workload held at half its maximum rate: each connection waits between requests.</summary>
    private static async Task<(string, WrkResult)> HalfRateAsync(Uri baseAddress, Workload workload, CompareOptions options, WrkResult full, TextWriter output)
    {
        var delay = options.Connections * 1000.0 / (full.RequestsPerSecond / 2);
        var result = await WrkRun.RunAsync(new Uri(baseAddress, workload.Path.TrimStart('/')), workload, options, options.Seconds, 0, delay);
        output.WriteLine(Invariant($"  at half rate: {result.RequestsPerSecond:N0} req/s, p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms"));
        return ($"{workload.Name} at half its max rate", result);
    }

    /// <summary>One request before the run: it must answer OK, or the figures would measure a failure path.</summary>
    private static async Task VerifyAsync(Uri target, Workload workload)
    {
        using var client = new HttpClient();
        using var content = new ByteArrayContent(workload.Sample("urn:uuid:" + Guid.NewGuid()));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{workload.SoapAction}\"");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !text.Contains("code=\"OK\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{workload.Name} does not answer OK ({(int)response.StatusCode}): {text}");
        }
    }

    /// <summary>A subscription on alice's DisplayName (callback: the ceiling), so every Rg Modify also queues a notification.</summary>
    private static async Task SubscribeAsync(Uri server, Uri callback)
    {
        var expires = DateTimeOffset.UtcNow.AddHours(2).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var subscribe = new Workload("subscribe", "", false, "/gup/rg", Contracts.Rg.RgOperations.Action(Contracts.Rg.RgOperations.Subscribe),
            System.Text.Encoding.UTF8.GetString(LibertyEnvelope.Build(new Uri("x", UriKind.Relative), "rg", Namespaces.Rg, Contracts.Rg.RgOperations.Action(Contracts.Rg.RgOperations.Subscribe),
                $"""<rg:Subscribe><gup:ResourceID type="sip">{BenchProfiles.ReadResource}</gup:ResourceID><rg:NotifyTo>{new Uri(callback, "notify")}</rg:NotifyTo><rg:Select>/gup:Profile/sub:SubscriberInfo/sub:DisplayName</rg:Select><rg:Filter expires="{expires}"/></rg:Subscribe>""",
                Workload.MessageIdSlot, DateTimeOffset.UtcNow).Envelope));
        await VerifyAsync(new Uri(server, "gup/rg"), subscribe);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
