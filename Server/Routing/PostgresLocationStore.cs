using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Server.Routing;

/// <summary>
/// The component location registry on PostgreSQL: one row per placed component, keyed (and distributable) by the
/// resource id, shared by every GUP Server process on the database.
/// </summary>
public sealed class PostgresLocationStore(PostgresDatabase database, PostgresSchema schema) : ILocationStore, IWriteIntentJournal
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
        PostgresWriteIntents.Schema,
    ];

    private const string UpsertSql = """
        INSERT INTO {schema}.locations (resource_id, component_type, raf) VALUES (@r, @t, @n)
        ON CONFLICT (resource_id, component_type) DO UPDATE SET raf = excluded.raf
        """;

    private const string RemoveSql = "DELETE FROM {schema}.locations WHERE resource_id = @r AND component_type = @t";

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
        await ExecuteAsync(connection, null, schema.Apply(UpsertSql), cancellationToken, ("r", resourceId), ("t", componentType.ToString()), ("n", rafName));
    }

    public async Task RemoveAsync(string resourceId, XName componentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, schema.Apply(RemoveSql), cancellationToken, ("r", resourceId), ("t", componentType.ToString()));
    }

    public Task<bool> BeginAsync(WriteIntent intent, IReadOnlyCollection<(XName Type, string Raf)> placements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(placements);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            if (!await PostgresWriteIntents.InsertAsync(connection, transaction, schema, intent, cancellationToken))
            {
                return (false, false);
            }

            foreach (var (type, raf) in placements)
            {
                await ExecuteAsync(connection, transaction, schema.Apply(UpsertSql), cancellationToken, ("r", intent.ResourceId), ("t", type.ToString()), ("n", raf));
            }

            return (true, true);
        }, cancellationToken);
    }

    public Task<bool> CompleteAsync(WriteIntent intent, IReadOnlyCollection<XName> forget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(forget);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            if (!await PostgresWriteIntents.DeleteAsync(connection, transaction, schema, intent.Id, intent.Claim, cancellationToken))
            {
                return (false, false);
            }

            foreach (var type in forget)
            {
                await ExecuteAsync(connection, transaction, schema.Apply(RemoveSql), cancellationToken, ("r", intent.ResourceId), ("t", type.ToString()));
            }

            return (true, true);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<WriteIntent>> ClaimExpiredAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => PostgresWriteIntents.TakeOverExpiredAsync(connection, transaction, schema, now, now + lease, max, cancellationToken), cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Convert.ToInt32(await ScalarAsync(connection, null, schema.Apply("SELECT count(*) FROM {schema}.write_intents"), cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The database is shared with the process's other stores; the host disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
