using System.Runtime.CompilerServices;
using GupSoap.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Core.Charging;

/// <summary>
/// <see cref="IChargingStore"/> on a SQLite file of the data directory (TS 23.240 §4.1.9), in WAL mode so an export
/// never blocks the writer. Indexed by time, subscriber, application and correlation id. <c>seq</c> is the rowid
/// (the next after the largest; records are never deleted, so it counts in the order written) without
/// <c>AUTOINCREMENT</c>, whose bookkeeping row cost a seventh of an append; files made with it keep it and work the same.
/// </summary>
public sealed class SqliteChargingStore(string path) : IChargingStore, IAsyncDisposable
{
    public const string FileName = "charging.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS charging (
            seq INTEGER PRIMARY KEY,
            time INTEGER NOT NULL,
            correlation_id TEXT NOT NULL,
            recorder TEXT NOT NULL,
            operation TEXT NOT NULL,
            provider_id TEXT,
            application_id TEXT,
            hplmn INTEGER NOT NULL,
            subscriber TEXT,
            component_types TEXT NOT NULL,
            outcome TEXT NOT NULL,
            status_detail TEXT,
            bytes_in INTEGER,
            bytes_out INTEGER,
            mode TEXT NOT NULL,
            limit_name TEXT,
            rafs TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS charging_time ON charging (time);
        CREATE INDEX IF NOT EXISTS charging_subscriber ON charging (subscriber, time);
        CREATE INDEX IF NOT EXISTS charging_application ON charging (COALESCE(application_id, provider_id), time);
        CREATE INDEX IF NOT EXISTS charging_correlation ON charging (correlation_id);
        """;

    private const string Insert = """
        INSERT INTO charging (time, correlation_id, recorder, operation, provider_id, application_id, hplmn, subscriber,
            component_types, outcome, status_detail, bytes_in, bytes_out, mode, limit_name, rafs)
        VALUES ($time, $correlation, $recorder, $operation, $provider, $application, $hplmn, $subscriber,
            $types, $outcome, $detail, $in, $out, $mode, $limit, $rafs)
        """;

    private static readonly string[] ParameterNames =
        ["$time", "$correlation", "$recorder", "$operation", "$provider", "$application", "$hplmn", "$subscriber", "$types", "$outcome", "$detail", "$in", "$out", "$mode", "$limit", "$rafs"];

    private readonly SqliteFile _file = new(path);
    private readonly SemaphoreSlim _appending = new(1, 1);
    private SqliteCommand? _insert;

    public Task InitializeAsync(CancellationToken cancellationToken) => _file.InitializeAsync(Schema, cancellationToken);

    public async Task AppendAsync(IReadOnlyList<ChargingRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await _appending.WaitAsync(cancellationToken);
        try
        {
            var insert = await InsertCommandAsync(cancellationToken);
            try
            {
                using var transaction = insert.Connection!.BeginTransaction();
                insert.Transaction = transaction;
                foreach (var record in records)
                {
                    object?[] values =
                    [
                        record.Time.ToUnixTimeMilliseconds(), record.CorrelationId, record.Recorder, record.Operation, record.RequestorProviderId,
                        record.ApplicationId, record.Hplmn ? 1 : 0, record.Subscriber, ChargingColumns.Types(record.ComponentTypes), record.Outcome,
                        record.StatusDetail, record.BytesIn, record.BytesOut, ChargingColumns.Mode(record.Mode), record.Limit, ChargingColumns.Rafs(record.Rafs),
                    ];
                    for (var i = 0; i < values.Length; i++)
                    {
                        insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
                insert.Transaction = null;
            }
            catch
            {
                // The connection may be what failed: the next append opens a new one.
                await CloseWriterAsync();
                throw;
            }
        }
        finally
        {
            _appending.Release();
        }
    }

    /// <summary>
    /// The writer's own connection and prepared insert, kept between appends. WAL with <c>synchronous=NORMAL</c>, as the
    /// component store and the replay cache: a committed record survives a killed process; a power loss may lose the
    /// last commits (their requests' records were only in memory a moment before anyway). An fsync per commit was a
    /// third of what a record cost.
    /// </summary>
    private async Task<SqliteCommand> InsertCommandAsync(CancellationToken cancellationToken)
    {
        if (_insert is not null)
        {
            return _insert;
        }

        var connection = await _file.OpenAsync(cancellationToken);
        try
        {
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous = NORMAL";
                pragma.ExecuteNonQuery();
            }

            var insert = connection.CreateCommand();
            insert.CommandText = Insert;
            foreach (var name in ParameterNames)
            {
                insert.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return _insert = insert;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the writer's connection (after the charging writer flushed).</summary>
    public async ValueTask DisposeAsync()
    {
        await _appending.WaitAsync();
        try
        {
            await CloseWriterAsync();
        }
        finally
        {
            _appending.Release();
        }
    }

    private async Task CloseWriterAsync()
    {
        if (_insert is { } insert)
        {
            _insert = null;
            var connection = insert.Connection;
            await insert.DisposeAsync();
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    public async IAsyncEnumerable<ChargingRecord> QueryAsync(ChargingQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _file.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        void Filter(string condition, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(condition);
                command.Parameters.AddWithValue(name, value);
            }
        }

        Filter("time >= $since", "$since", query.Since?.ToUnixTimeMilliseconds());
        Filter("time < $until", "$until", query.Until?.ToUnixTimeMilliseconds());
        Filter("subscriber = $subscriber", "$subscriber", query.Subscriber);
        Filter(ChargingColumns.ApplicationColumn + " = $application", "$application", query.Application);
        Filter("correlation_id = $correlation", "$correlation", query.CorrelationId);
        var order = query.NewestFirst ? "DESC" : "ASC";
        command.CommandText = $"""
            SELECT time, correlation_id, recorder, operation, provider_id, application_id, hplmn, subscriber,
                component_types, outcome, status_detail, bytes_in, bytes_out, mode, limit_name, rafs
            FROM charging {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY time {order}, seq {order} {(query.Limit is { } limit ? "LIMIT " + Math.Max(0, limit) : "")}
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ChargingRows.Read(reader);
        }
    }
}
