using GupSoap.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// <see cref="IDeviceActivationStore"/> on SQLite (<c>mcptt-devices.db</c>): one row per (MCPTT ID, device), so
/// activating a profile replaces the device's previous one in a single statement.
/// </summary>
public sealed class DeviceActivationStore(string path) : IDeviceActivationStore
{
    public const string FileName = "mcptt-devices.db";

    private readonly SqliteFile _file = new(path);

    public Task InitializeAsync(CancellationToken cancellationToken) => _file.InitializeAsync(SchemaSql, cancellationToken);

    private const string SchemaSql = """
        CREATE TABLE IF NOT EXISTS active_profiles (
            mcptt_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            activated_at INTEGER NOT NULL,
            PRIMARY KEY (mcptt_id, device_id)) WITHOUT ROWID;
        """;

    public async Task ActivateAsync(string mcpttId, string deviceId, string profileId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO active_profiles (mcptt_id, device_id, profile_id, activated_at) VALUES ($m, $d, $p, $t)
            ON CONFLICT (mcptt_id, device_id) DO UPDATE SET profile_id = excluded.profile_id, activated_at = excluded.activated_at
            """;
        command.Parameters.AddWithValue("$m", mcpttId);
        command.Parameters.AddWithValue("$d", deviceId);
        command.Parameters.AddWithValue("$p", profileId);
        command.Parameters.AddWithValue("$t", at.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> ActiveProfileAsync(string mcpttId, string deviceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT profile_id FROM active_profiles WHERE mcptt_id = $m AND device_id = $d";
        command.Parameters.AddWithValue("$m", mcpttId);
        command.Parameters.AddWithValue("$d", deviceId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActiveDevicesAsync(string mcpttId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT profile_id, device_id FROM active_profiles WHERE mcptt_id = $m ORDER BY device_id";
        command.Parameters.AddWithValue("$m", mcpttId);
        var devices = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var profile = reader.GetString(0);
            if (!devices.TryGetValue(profile, out var list))
            {
                devices[profile] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return devices.ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value, StringComparer.Ordinal);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
