using GupSoap.Core.Storage.Postgres;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Which store holds the process's state (ARCHITECTURE.md "Process model"): <c>Gup:Store</c> = <c>sqlite</c> (the
/// embedded default, files under the data directory) or <c>postgres</c> (<c>ConnectionStrings:Gup</c>, schemas
/// <c>gup</c>, <c>discovery</c> and <c>raf_{name}</c>). A RAF with <c>Gup:Rafs:{name}:ConnectionString</c> keeps its
/// components in that database, whatever the rest uses. One pool per distinct connection string.
/// </summary>
internal sealed class StoreSelection : IAsyncDisposable
{
    public static readonly PostgresSchema GupSchema = new("gup");

    public static readonly PostgresSchema DiscoverySchema = new("discovery");

    private readonly IConfiguration _configuration;
    private readonly Dictionary<string, PostgresDatabase> _databases = new(StringComparer.Ordinal);

    private StoreSelection(IConfiguration configuration, bool postgres)
    {
        _configuration = configuration;
        Postgres = postgres;
        NotificationLease = configuration.GetValue("Gup:Notifications:LeaseDuration", TimeSpan.FromSeconds(30));
        if (NotificationLease <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Gup:Notifications:LeaseDuration must be positive.");
        }
    }

    /// <summary>The GUP Server's, Discovery's and the replay cache's state live in PostgreSQL.</summary>
    public bool Postgres { get; }

    /// <summary>How long a process holds the outbox rows it leased before another may send them.</summary>
    public TimeSpan NotificationLease { get; }

    /// <summary>The database of <c>ConnectionStrings:Gup</c>.</summary>
    public PostgresDatabase Gup => Open(_configuration.GetConnectionString("Gup") is { Length: > 0 } text
        ? text
        : throw new InvalidOperationException("Gup:Store=postgres needs ConnectionStrings:Gup (e.g. Host=…;Database=…;Username=…)."));

    public static StoreSelection Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var postgres = (configuration["Gup:Store"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => false,
            "postgres" or "postgresql" => true,
            var other => throw new InvalidOperationException($"Unknown Gup:Store '{other}': use sqlite or postgres."),
        };
        var selection = new StoreSelection(configuration, postgres);
        if (postgres)
        {
            _ = selection.Gup;
        }

        return selection;
    }

    /// <summary>The database of a RAF: its own connection string, else the shared one on postgres, else none (SQLite).</summary>
    public PostgresDatabase? ForRaf(string name) =>
        _configuration[$"Gup:Rafs:{name}:ConnectionString"] is { Length: > 0 } own ? Open(own)
        : Postgres ? Gup
        : null;

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values)
        {
            await database.DisposeAsync();
        }

        _databases.Clear();
    }

    private PostgresDatabase Open(string connectionString)
    {
        lock (_databases)
        {
            if (!_databases.TryGetValue(connectionString, out var database))
            {
                _databases[connectionString] = database = new PostgresDatabase(connectionString);
            }

            return database;
        }
    }
}
