using System.Xml.Linq;
using GupSoap.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Server.Routing;

/// <summary>
/// The component location registry on SQLite (embedded default): one row per placed component; and, in the same
/// file, the journal of multi-repository writes, so that an intent and its placements commit together.
/// </summary>
public sealed class SqliteLocationStore(string path) : ILocationStore, IWriteIntentJournal
{
    private readonly SqliteFile _file = new(path);

    public Task InitializeAsync(CancellationToken cancellationToken) => _file.InitializeAsync(SchemaSql + SqliteWriteIntents.Schema, cancellationToken);

    private const string SchemaSql = """
        CREATE TABLE IF NOT EXISTS locations (
            resource_id TEXT NOT NULL,
            component_type TEXT NOT NULL,
            raf TEXT NOT NULL,
            PRIMARY KEY (resource_id, component_type)) WITHOUT ROWID;
        """;

    private const string UpsertSql = "INSERT INTO locations (resource_id, component_type, raf) VALUES ($r, $t, $n) ON CONFLICT (resource_id, component_type) DO UPDATE SET raf = excluded.raf";

    private const string RemoveSql = "DELETE FROM locations WHERE resource_id = $r AND component_type = $t";

    public async Task<IReadOnlyDictionary<XName, string>> FindAllAsync(string resourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT component_type, raf FROM locations WHERE resource_id = $r";
        command.Parameters.AddWithValue("$r", resourceId);
        var result = new Dictionary<XName, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[XName.Get(reader.GetString(0))] = reader.GetString(1);
        }

        return result;
    }

    public async Task SetAsync(string resourceId, XName componentType, string rafName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await OpenAsync(cancellationToken);
        await SqliteWriteIntents.ExecuteAsync(connection, null, UpsertSql, [("$r", resourceId), ("$t", componentType.ToString()), ("$n", rafName)], cancellationToken);
    }

    public async Task RemoveAsync(string resourceId, XName componentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await OpenAsync(cancellationToken);
        await SqliteWriteIntents.ExecuteAsync(connection, null, RemoveSql, [("$r", resourceId), ("$t", componentType.ToString())], cancellationToken);
    }

    public Task<bool> BeginAsync(WriteIntent intent, IReadOnlyCollection<(XName Type, string Raf)> placements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(placements);
        return InTransactionAsync(async (connection, transaction) =>
        {
            if (await SqliteWriteIntents.AnyForAsync(connection, transaction, intent.ResourceId, cancellationToken))
            {
                return false;
            }

            await SqliteWriteIntents.InsertAsync(connection, transaction, intent, cancellationToken);
            foreach (var (type, raf) in placements)
            {
                await SqliteWriteIntents.ExecuteAsync(connection, transaction, UpsertSql, [("$r", intent.ResourceId), ("$t", type.ToString()), ("$n", raf)], cancellationToken);
            }

            return true;
        }, cancellationToken);
    }

    public Task<bool> CompleteAsync(WriteIntent intent, IReadOnlyCollection<XName> forget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(forget);
        return InTransactionAsync(async (connection, transaction) =>
        {
            if (!await SqliteWriteIntents.DeleteAsync(connection, transaction, intent.Id, intent.Claim, cancellationToken))
            {
                return false;
            }

            foreach (var type in forget)
            {
                await SqliteWriteIntents.ExecuteAsync(connection, transaction, RemoveSql, [("$r", intent.ResourceId), ("$t", type.ToString())], cancellationToken);
            }

            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<WriteIntent>> ClaimExpiredAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        InTransactionAsync<IReadOnlyList<WriteIntent>>(async (connection, transaction) =>
        {
            var claimed = new List<WriteIntent>();
            foreach (var id in await SqliteWriteIntents.ExpiredAsync(connection, transaction, now, max, cancellationToken))
            {
                claimed.Add(await SqliteWriteIntents.TakeOverAsync(connection, transaction, id, now + lease, cancellationToken));
            }

            return claimed;
        }, cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteWriteIntents.CountAsync(connection, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    /// <summary>One <c>BEGIN IMMEDIATE</c> transaction, committed when <paramref name="work"/> returns.</summary>
    private async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
