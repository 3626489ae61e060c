using GupSoap.Core.Storage.Postgres;

namespace GupSoap.Raf.Storage;

/// <summary>
/// The PostgreSQL tables of one RAF (schema <c>raf_{name}</c>): components hash-partitioned by resource id, so every
/// component query, keyed by resource, touches one partition and the resource id is the distribution key; definitions;
/// the schema revision each component type's documents were last checked against;
/// subscriptions with their outbox, written in the same transaction as the change (SECURITY.md R7). Times are UTC ticks
/// as in the SQLite layout; keys compare bytewise (<c>COLLATE "C"</c>) so ordering matches SQLite's.
/// </summary>
internal static class PostgresRafSchema
{
    public const string Component = "raf";

    /// <summary>Partitions of the components table; fixed when the table is created.</summary>
    public const int ComponentPartitions = 16;

    public static readonly string[] Migrations =
    [
        $$"""
        CREATE TABLE {schema}.components (
            resource_id    text COLLATE "C" NOT NULL,
            resource_type  text             NULL,
            component_type text COLLATE "C" NOT NULL,
            instance_id    text COLLATE "C" NOT NULL DEFAULT '',
            data           text             NOT NULL,
            version        bigint           NOT NULL,
            changed_at     bigint           NOT NULL,
            PRIMARY KEY (resource_id, component_type, instance_id)
        ) PARTITION BY HASH (resource_id);
        DO $partitions$
        BEGIN
            FOR i IN 0..{{ComponentPartitions - 1}} LOOP
                EXECUTE format('CREATE TABLE {schema}.components_p%s PARTITION OF {schema}.components FOR VALUES WITH (MODULUS {{ComponentPartitions}}, REMAINDER %s)', i, i);
            END LOOP;
        END
        $partitions$;
        CREATE TABLE {schema}.definitions (
            component_type    text    COLLATE "C" NOT NULL,
            name              text    COLLATE "C" NOT NULL,
            simple_type       text    NOT NULL,
            parent_select     text    COLLATE "C" NOT NULL,
            parent_namespaces text    NOT NULL,
            max_occurs        integer NOT NULL,
            defined_at        bigint  NOT NULL,
            PRIMARY KEY (component_type, name, parent_select));
        CREATE TABLE {schema}.subscriptions (
            invoke_id            text    PRIMARY KEY,
            resource_id          text    COLLATE "C" NOT NULL,
            component_type       text    COLLATE "C" NOT NULL,
            selects              text    NOT NULL,
            notify_to            text    NOT NULL,
            subscriber           text    NOT NULL,
            audience             text    NOT NULL,
            min_interval_seconds integer NOT NULL,
            expires_at           bigint  NOT NULL,
            status               text    NOT NULL CHECK (status IN ('active', 'suspended')),
            suspended_reason     text    NULL,
            created_at           bigint  NOT NULL,
            last_notified_at     bigint  NULL,
            seq                  bigint  GENERATED ALWAYS AS IDENTITY);
        CREATE INDEX subscriptions_by_target ON {schema}.subscriptions (resource_id, component_type);
        CREATE INDEX subscriptions_by_subscriber ON {schema}.subscriptions (subscriber);
        CREATE INDEX subscriptions_by_expiry ON {schema}.subscriptions (expires_at);
        CREATE TABLE {schema}.outbox (
        {{PostgresOutboxLease.Columns}});
        CREATE INDEX outbox_by_due ON {schema}.outbox (state, due_at);
        CREATE INDEX outbox_by_subscription ON {schema}.outbox (invoke_id, sequence);
        """,
        """
        CREATE TABLE {schema}.schema_revisions (
            component_type text COLLATE "C" PRIMARY KEY,
            fingerprint    text   NOT NULL,
            checked_at     bigint NOT NULL);
        """,
    ];
}
