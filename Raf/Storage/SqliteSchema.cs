namespace GupSoap.Raf.Storage;

/// <summary>The SQLite tables of one RAF.</summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS components (
            resource_id    TEXT    NOT NULL,
            resource_type  TEXT    NULL,
            component_type TEXT    NOT NULL,
            data           TEXT    NOT NULL,
            version        INTEGER NOT NULL,
            changed_at     INTEGER NOT NULL,
            PRIMARY KEY (resource_id, component_type)
        ) WITHOUT ROWID;
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
}
