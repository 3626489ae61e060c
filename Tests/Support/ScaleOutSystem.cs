using GupSoap.Core.Storage.Postgres;

namespace GupSoap.Tests.Support;

/// <summary>
/// The scale-out deployment for real, on one fresh PostgreSQL database: RAF processes <c>hss</c> and <c>services</c>
/// and two GUP Server processes A and B reaching them over Rp, every process with <c>Gup:Store=postgres</c>. Quick
/// outbox polls keep the tests short. Disposing stops every process and drops the database.
/// </summary>
internal sealed class ScaleOutSystem : IAsyncDisposable
{
    private readonly List<ServerProcess> _extra = [];

    private ScaleOutSystem(string connectionString, ServerProcess hss, ServerProcess services, ServerProcess a, ServerProcess b)
    {
        ConnectionString = connectionString;
        Hss = hss;
        Services = services;
        A = a;
        B = b;
    }

    /// <summary>Long enough that a process starved on a loaded machine keeps its rows; no test here waits for one to run out.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public string ConnectionString { get; }

    public ServerProcess Hss { get; }

    public ServerProcess Services { get; }

    public ServerProcess A { get; }

    public ServerProcess B { get; }

    /// <summary>What every process of the system is started with.</summary>
    public string[] StoreArgs => Args(ConnectionString);

    /// <param name="gupArgs">Extra arguments for both GUP Server processes.</param>
    public static async Task<ScaleOutSystem> StartAsync(params string[] gupArgs)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var started = new List<ServerProcess>();
        try
        {
            var store = Args(connectionString);
            var rafs = await Task.WhenAll(
                ServerProcess.StartAsync(["--role", "raf", "--raf-name", "hss", .. store]),
                ServerProcess.StartAsync(["--role", "raf", "--raf-name", "services", .. store]));
            started.AddRange(rafs);
            // One after the other: the first applies the schema, the second finds it (both would be safe, under the lock).
            var a = await ServerProcess.StartAsync(GupArgs(connectionString, rafs[0], rafs[1], gupArgs));
            started.Add(a);
            var b = await ServerProcess.StartAsync(GupArgs(connectionString, rafs[0], rafs[1], gupArgs));
            started.Add(b);
            await WarmUpAsync(a, b);
            return new ScaleOutSystem(connectionString, rafs[0], rafs[1], a, b);
        }
        catch
        {
            foreach (var process in started)
            {
                await process.DisposeAsync();
            }

            await TestPostgres.DropDatabaseAsync(connectionString);
            throw;
        }
    }

    /// <summary>Another GUP Server process on the same database and RAFs (stopped with the system).</summary>
    public async Task<ServerProcess> StartGupAsync(params string[] gupArgs)
    {
        var process = await ServerProcess.StartAsync(GupArgs(ConnectionString, Hss, Services, gupArgs));
        _extra.Add(process);
        return process;
    }

    /// <summary>Another process of RAF <paramref name="raf"/> on the same database (a replica behind a balancer).</summary>
    public async Task<ServerProcess> StartRafAsync(string raf)
    {
        var process = await ServerProcess.StartAsync(["--role", "raf", "--raf-name", raf, .. StoreArgs]);
        _extra.Add(process);
        return process;
    }

    /// <summary>Rows of a table in this system's database, e.g. <c>gup.gup_outbox</c>.</summary>
    public async Task<long> CountAsync(string table, string where = "true")
    {
        await using var database = new PostgresDatabase(ConnectionString);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (long)(await PostgresSql.ScalarAsync(connection, null, $"SELECT count(*) FROM {table} WHERE {where}", CancellationToken.None))!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in new[] { A, B, Hss, Services }.Concat(_extra))
        {
            await process.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    /// <summary>
    /// One whole-profile query through each GUP Server reaches both RAFs and the database from every process, so the
    /// tests measure behaviour rather than four processes compiling their code paths at once on a small machine.
    /// </summary>
    private static async Task WarmUpAsync(params ServerProcess[] servers)
    {
        foreach (var server in servers)
        {
            // Any SOAP answer will do (a server without the development switch refuses plain HTTP).
            var answer = await RgText.PostAsync(server.Rg, RgText.Query(SharedServer.NewSubscriber("warm-up"), "/"));
            if (answer.Document is null)
            {
                throw new InvalidOperationException("A GUP Server did not answer its warm-up query: " + answer.Text);
            }
        }
    }

    private static string[] Args(string connectionString) =>
    [
        "--Gup:Store=postgres", $"--ConnectionStrings:Gup={connectionString}", $"--Gup:Notifications:LeaseDuration={Lease}",
        "--Gup:Notifications:PollInterval=00:00:00.100",
    ];

    private static string[] GupArgs(string connectionString, ServerProcess hss, ServerProcess services, string[] extra) =>
    [
        "--role", "gup", "--Gup:Rp:AttemptTimeout=00:00:08", "--Gup:Rp:RequestDeadline=00:00:10", $"--Gup:Rafs:hss:Address={hss.Rp("hss")}", $"--Gup:Rafs:services:Address={services.Rp("services")}", .. Args(connectionString), .. extra,
    ];
}
