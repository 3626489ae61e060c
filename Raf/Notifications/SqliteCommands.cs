using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Notifications;

/// <summary>Parameterised statements on one connection and (optional) transaction.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);
}
