using System.Runtime.CompilerServices;
using GupSoap.Core.Storage.Postgres;
using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Core.Charging;

/// <summary>
/// <see cref="IChargingStore"/> on PostgreSQL (TS 23.240 §4.1.9): every GUP Server and RAF process of the deployment
/// writes to one table, so a correlation id finds the records of all of them.
/// </summary>
public sealed class PostgresChargingStore(PostgresDatabase database, PostgresSchema schema) : IChargingStore
{
    public const string Component = "charging";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE {schema}.charging (
            seq             bigserial PRIMARY KEY,
            time            bigint  NOT NULL,
            correlation_id  text    NOT NULL,
            recorder        text    NOT NULL,
            operation       text    NOT NULL,
            provider_id     text,
            application_id  text,
            hplmn           smallint NOT NULL,
            subscriber      text,
            component_types text    NOT NULL,
            outcome         text    NOT NULL,
            status_detail   text,
            bytes_in        bigint,
            bytes_out       bigint,
            mode            text    NOT NULL,
            limit_name      text,
            rafs            text    NOT NULL);
        CREATE INDEX charging_time ON {schema}.charging (time);
        CREATE INDEX charging_subscriber ON {schema}.charging (subscriber, time);
        CREATE INDEX charging_application ON {schema}.charging ((COALESCE(application_id, provider_id)), time);
        CREATE INDEX charging_correlation ON {schema}.charging (correlation_id);
        """,
    ];

    private readonly string _insert = schema.Apply("""
        INSERT INTO {schema}.charging (time, correlation_id, recorder, operation, provider_id, application_id, hplmn, subscriber,
            component_types, outcome, status_detail, bytes_in, bytes_out, mode, limit_name, rafs)
        SELECT * FROM unnest(@time, @correlation, @recorder, @operation, @provider, @application, @hplmn, @subscriber,
            @types, @outcome, @detail, @bin, @bout, @mode, @limit, @rafs)
        """);

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgresMigrations.ApplyAsync(database, schema, Component, Migrations, cancellationToken);

    /// <summary>One statement for the whole group: one round trip and one commit however many records wait.</summary>
    public async Task AppendAsync(IReadOnlyList<ChargingRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, _insert, cancellationToken,
            ("time", records.Select(r => r.Time.ToUnixTimeMilliseconds()).ToArray()),
            ("correlation", records.Select(r => r.CorrelationId).ToArray()),
            ("recorder", records.Select(r => r.Recorder).ToArray()),
            ("operation", records.Select(r => r.Operation).ToArray()),
            ("provider", records.Select(r => r.RequestorProviderId).ToArray()),
            ("application", records.Select(r => r.ApplicationId).ToArray()),
            ("hplmn", records.Select(r => (short)(r.Hplmn ? 1 : 0)).ToArray()),
            ("subscriber", records.Select(r => r.Subscriber).ToArray()),
            ("types", records.Select(r => ChargingColumns.Types(r.ComponentTypes)).ToArray()),
            ("outcome", records.Select(r => r.Outcome).ToArray()),
            ("detail", records.Select(r => r.StatusDetail).ToArray()),
            ("bin", records.Select(r => r.BytesIn).ToArray()),
            ("bout", records.Select(r => r.BytesOut).ToArray()),
            ("mode", records.Select(r => ChargingColumns.Mode(r.Mode)).ToArray()),
            ("limit", records.Select(r => r.Limit).ToArray()),
            ("rafs", records.Select(r => ChargingColumns.Rafs(r.Rafs)).ToArray()));
    }

    public async IAsyncEnumerable<ChargingRecord> QueryAsync(ChargingQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        void Filter(string condition, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(condition);
                parameters.Add((name, value));
            }
        }

        Filter("time >= @since", "since", query.Since?.ToUnixTimeMilliseconds());
        Filter("time < @until", "until", query.Until?.ToUnixTimeMilliseconds());
        Filter("subscriber = @subscriber", "subscriber", query.Subscriber);
        Filter(ChargingColumns.ApplicationColumn + " = @application", "application", query.Application);
        Filter("correlation_id = @correlation", "correlation", query.CorrelationId);
        var order = query.NewestFirst ? "DESC" : "ASC";
        var sql = schema.Apply($"""
            SELECT time, correlation_id, recorder, operation, provider_id, application_id, hplmn, subscriber,
                component_types, outcome, status_detail, bytes_in, bytes_out, mode, limit_name, rafs
            FROM {"{schema}"}.charging {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY time {order}, seq {order} {(query.Limit is { } limit ? "LIMIT " + Math.Max(0, limit) : "")}
            """);
        await using var command = Command(connection, null, sql, [.. parameters]);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ChargingRows.Read(reader);
        }
    }
}
