using GupSoap.Core.Storage.Postgres;
using Npgsql;

namespace GupSoap.Raf.Storage;

/// <summary>
/// One write transaction of a RAF on PostgreSQL and the advisory locks it holds. Writers that read before they
/// write lock what they read first — the resource (versions, change times), the subscriber (quotas), the component
/// type (definitions) — so concurrent writers in any process are serialised per key while writes to other
/// resources run side by side (SECURITY.md R8).
/// </summary>
internal sealed class PostgresRafTransaction(PostgresSchema schema, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
{
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    public PostgresSchema Schema => schema;

    public CancellationToken CancellationToken => ct;

    /// <summary>Takes the lock on <paramref name="kind"/>:<paramref name="key"/> unless this transaction already holds it.</summary>
    public async Task LockAsync(string kind, string key)
    {
        var name = $"gupsoap:{schema.Name}:{kind}:{key}";
        if (_held.Add(name))
        {
            await PostgresSql.LockAsync(connection, transaction, name, ct);
        }
    }

    /// <summary>A statement with <c>{schema}</c> replaced, in this transaction.</summary>
    public NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters) =>
        PostgresSql.Command(connection, transaction, schema.Apply(sql), parameters);

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
