using GupSoap.Core.Storage.Postgres;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// <see cref="IDeviceActivationStore"/> on PostgreSQL: one row per (MCPTT ID, device), keyed by the MCPTT ID (the
/// resource identity), shared by every GUP Server process on the database.
/// </summary>
public sealed class PostgresDeviceActivationStore(PostgresDatabase database, PostgresSchema schema) : IDeviceActivationStore
{
    public const string Component = "mcptt_devices";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE {schema}.active_profiles (
            mcptt_id     text   NOT NULL,
            device_id    text   NOT NULL,
            profile_id   text   NOT NULL,
            activated_at bigint NOT NULL,
            PRIMARY KEY (mcptt_id, device_id));
        """,
    ];

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgresMigrations.ApplyAsync(database, schema, Component, Migrations, cancellationToken);

    public async Task ActivateAsync(string mcpttId, string deviceId, string profileId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, schema.Apply("""
            INSERT INTO {schema}.active_profiles (mcptt_id, device_id, profile_id, activated_at) VALUES (@m, @d, @p, @t)
            ON CONFLICT (mcptt_id, device_id) DO UPDATE SET profile_id = excluded.profile_id, activated_at = excluded.activated_at
            """), cancellationToken, ("m", mcpttId), ("d", deviceId), ("p", profileId), ("t", at.ToUnixTimeMilliseconds()));
    }

    public async Task<string?> ActiveProfileAsync(string mcpttId, string deviceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, schema.Apply("SELECT profile_id FROM {schema}.active_profiles WHERE mcptt_id = @m AND device_id = @d"),
            cancellationToken, ("m", mcpttId), ("d", deviceId)) as string;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActiveDevicesAsync(string mcpttId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            schema.Apply("SELECT profile_id, device_id FROM {schema}.active_profiles WHERE mcptt_id = @m ORDER BY device_id COLLATE \"C\""), ("m", mcpttId));
        var rows = await ReadAllAsync(command, r => (Profile: r.GetString(0), Device: r.GetString(1)), cancellationToken);
        return rows.GroupBy(r => r.Profile, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Device).ToList(), StringComparer.Ordinal);
    }
}
