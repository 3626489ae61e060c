using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Server.Routing;

/// <summary>
/// The component location registry on PostgreSQL: one row per placed component, keyed (and distributable) by the
/// resource id, shared by every GUP Server process on the database.
/// </summary>
public sealed class PostgresLocationStore(PostgresDatabase database, PostgresSchema schema) : ILocationStore
{
    public const string Component = "locations";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE {schema}.locations (
            resource_id    text NOT NULL,
            component_type text NOT NULL,
            raf            text NOT NULL,
            PRIMARY KEY (resource_id, component_type));
        """,
    ];

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgresMigrations.ApplyAsync(database, schema, Component, Migrations, cancellationToken);

    public async Task<IReadOnlyDictionary<XName, string>> FindAllAsync(string resourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, schema.Apply("SELECT component_type, raf FROM {schema}.locations WHERE resource_id = @r"), ("r", resourceId));
        var rows = await ReadAllAsync(command, r => (Type: XName.Get(r.GetString(0)), Raf: r.GetString(1)), cancellationToken);
        return rows.ToDictionary(r => r.Type, r => r.Raf);
    }

    public async Task SetAsync(string resourceId, XName componentType, string rafName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, schema.Apply("""
            INSERT INTO {schema}.locations (resource_id, component_type, raf) VALUES (@r, @t, @n)
            ON CONFLICT (resource_id, component_type) DO UPDATE SET raf = excluded.raf
            """), cancellationToken, ("r", resourceId), ("t", componentType.ToString()), ("n", rafName));
    }

    public async Task RemoveAsync(string resourceId, XName componentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, schema.Apply("DELETE FROM {schema}.locations WHERE resource_id = @r AND component_type = @t"), cancellationToken,
            ("r", resourceId), ("t", componentType.ToString()));
    }

    /// <summary>The database is shared with the process's other stores; the host disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
