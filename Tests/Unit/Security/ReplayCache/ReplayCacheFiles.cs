using GupSoap.Core.Security;
using GupSoap.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

/// <summary>A temporary directory holding one replay-cache file, with a clock and a way to count its rows.</summary>
internal sealed class ReplayCacheFiles : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "gupsoap-tests", "replay-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "replay.db");

    public ManualTimeProvider Time { get; } = new(Start);

    public SqliteReplayCache Open() => new(DatabasePath, Time);

    public async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM replay";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
