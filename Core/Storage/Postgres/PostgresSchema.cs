using System.Text.RegularExpressions;

namespace GupSoap.Core.Storage.Postgres;

/// <summary>
/// A PostgreSQL schema (namespace) holding one service's tables: <c>gup</c> for the GUP Server's, <c>discovery</c>,
/// <c>raf_{name}</c> per RAF, so services may share a database without sharing tables. Names are checked, never quoted
/// from input, so they are safe to place in SQL text.
/// </summary>
public sealed partial record PostgresSchema
{
    public PostgresSchema(string name)
    {
        if (!ValidName().IsMatch(name ?? ""))
        {
            throw new ArgumentException($"'{name}' is not a schema name (lower-case letters, digits and '_', starting with a letter or '_', at most 63).", nameof(name));
        }

        Name = name!;
    }

    public string Name { get; }

    /// <summary>The schema of a RAF's tables: <c>raf_</c> and its name with '-' as '_'.</summary>
    public static PostgresSchema ForRaf(string rafName) => new("raf_" + (rafName ?? throw new ArgumentNullException(nameof(rafName))).Replace('-', '_'));

    /// <summary><paramref name="sql"/> with every <c>{schema}</c> replaced by this schema's name.</summary>
    public string Apply(string sql) => (sql ?? throw new ArgumentNullException(nameof(sql))).Replace("{schema}", Name, StringComparison.Ordinal);

    public override string ToString() => Name;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex ValidName();
}
