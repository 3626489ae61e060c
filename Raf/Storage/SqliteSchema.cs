namespace GupSoap.Raf.Storage;

/// <summary>The SQLite tables of one RAF: its components and definitions, and its subscriptions with their outbox.</summary>
internal static class SqliteSchema
{
    public const string Create = ComponentsTable + Definitions + SchemaRevisions + Notifications;

    /// <summary>
    /// One row per component document. instance_id tells apart the documents of a multi-instance type (e.g. one MCPTT
    /// user profile per profileId, ARCHITECTURE.md "Data model"), each versioned on its own; '' for every other type.
    /// A rowid table with the key as its index, not WITHOUT ROWID: component documents are often over a kilobyte, and
    /// a WITHOUT ROWID row that large spills into an overflow page of its own (measured: 14.6 GB for a million demo
    /// profiles, four times their size). Files created with the older layout keep working as they are.
    /// </summary>
    public const string ComponentsTable = """
        CREATE TABLE IF NOT EXISTS components (
            resource_id    TEXT    NOT NULL,
            resource_type  TEXT    NULL,
            component_type TEXT    NOT NULL,
            instance_id    TEXT    NOT NULL DEFAULT '',
            data           TEXT    NOT NULL,
            version        INTEGER NOT NULL,
            changed_at     INTEGER NOT NULL,
            PRIMARY KEY (resource_id, component_type, instance_id)
        );
        """;

    private const string Definitions = """
        CREATE TABLE IF NOT EXISTS definitions (
            component_type    TEXT    NOT NULL,
            name              TEXT    NOT NULL,
            simple_type       TEXT    NOT NULL,
            parent_select     TEXT    NOT NULL,
            parent_namespaces TEXT    NOT NULL,
            max_occurs        INTEGER NOT NULL,
            defined_at        INTEGER NOT NULL,
            PRIMARY KEY (component_type, name, parent_select)
        );
        """;

    /// <summary>The schema revision each component type's stored documents were last checked against (SchemaRevisionCheck).</summary>
    private const string SchemaRevisions = """
        CREATE TABLE IF NOT EXISTS schema_revisions (
            component_type TEXT    PRIMARY KEY,
            fingerprint    TEXT    NOT NULL,
            checked_at     INTEGER NOT NULL
        );
        """;

    // TS 23.240 §4.4.6-4.4.8. Times are UTC ticks like changed_at. The outbox lives in this file so a change and its
    // notifications commit together (SECURITY.md R7) and pending ones survive a restart (R9).
    private const string Notifications = """
        CREATE TABLE IF NOT EXISTS subscriptions (
            invoke_id            TEXT    PRIMARY KEY,
            resource_id          TEXT    NOT NULL,
            component_type       TEXT    NOT NULL,
            selects              TEXT    NOT NULL,
            notify_to            TEXT    NOT NULL,
            subscriber           TEXT    NOT NULL,
            audience             TEXT    NOT NULL,
            min_interval_seconds INTEGER NOT NULL,
            expires_at           INTEGER NOT NULL,
            status               TEXT    NOT NULL CHECK (status IN ('active', 'suspended')),
            suspended_reason     TEXT    NULL,
            created_at           INTEGER NOT NULL,
            last_notified_at     INTEGER NULL
        );
        CREATE INDEX IF NOT EXISTS subscriptions_by_target ON subscriptions (resource_id, component_type);
        CREATE INDEX IF NOT EXISTS subscriptions_by_subscriber ON subscriptions (subscriber);
        CREATE INDEX IF NOT EXISTS subscriptions_by_expiry ON subscriptions (expires_at);
        CREATE TABLE IF NOT EXISTS outbox (
            sequence        INTEGER PRIMARY KEY AUTOINCREMENT,
            notification_id TEXT    NOT NULL UNIQUE,
            invoke_id       TEXT    NOT NULL,
            endpoint        TEXT    NOT NULL,
            payload         TEXT    NOT NULL,
            audience        TEXT    NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            due_at          INTEGER NOT NULL,
            state           TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'parked')),
            last_error      TEXT    NULL
        );
        CREATE INDEX IF NOT EXISTS outbox_by_due ON outbox (state, due_at);
        CREATE INDEX IF NOT EXISTS outbox_by_subscription ON outbox (invoke_id);
        """;
}
