using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>
/// Reads of single components on long-lived connections with their statements prepared once: a read per request
/// costs binding and stepping, not opening a connection and compiling SQL. Each slot serves one read at a time; a
/// few are kept, more are made when concurrency needs them. WAL lets these readers run beside the writer; every read is
/// its own implicit transaction, so no reader holds back a checkpoint.
/// </summary>
internal sealed class SqliteReadSlots(string connectionString) : IDisposable
{
    private const int Kept = 16;

    private const string Columns = ComponentRows.Columns;

    private readonly ConcurrentBag<Slot> _idle = [];
    private bool _disposed;

    /// <summary>Every document of the type the resource holds, in instance-id order (its only one for a single-instance type).</summary>
    public IReadOnlyList<StoredComponent> ReadAll(string resourceId, XName type) => Use(slot => Slot.Read(slot.All, resourceId, type, null, all: true));

    /// <summary>The instance <paramref name="instanceId"/>, or with null the first in instance-id order.</summary>
    public StoredComponent? Read(string resourceId, XName type, string? instanceId) =>
        Use(slot => Slot.Read(instanceId is null ? slot.First : slot.One, resourceId, type, instanceId, all: false) is [var one] ? one : null);

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var slot))
        {
            slot.Dispose();
        }
    }

    private T Use<T>(Func<Slot, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var slot = _idle.TryTake(out var idle) ? idle : new Slot(connectionString);
        var healthy = false;
        try
        {
            var result = read(slot);
            healthy = true;
            return result;
        }
        finally
        {
            if (healthy && !_disposed && _idle.Count < Kept)
            {
                _idle.Add(slot);
            }
            else
            {
                slot.Dispose();
            }
        }
    }

    private sealed class Slot : IDisposable
    {
        private static readonly string[] ParameterNames = ["$r", "$t", "$i"];

        private readonly SqliteConnection _connection;

        public Slot(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            One = Prepare($"SELECT {Columns} FROM components WHERE resource_id = $r AND component_type = $t AND instance_id = $i");
            First = Prepare($"SELECT {Columns} FROM components WHERE resource_id = $r AND component_type = $t ORDER BY instance_id LIMIT 1");
            All = Prepare($"SELECT {Columns} FROM components WHERE resource_id = $r AND component_type = $t ORDER BY instance_id");
        }

        public SqliteCommand One { get; }

        public SqliteCommand First { get; }

        public SqliteCommand All { get; }

        public static List<StoredComponent> Read(SqliteCommand command, string resourceId, XName type, string? instanceId, bool all)
        {
            command.Parameters[0].Value = resourceId;
            command.Parameters[1].Value = type.ToString();
            if (command.Parameters.Count > 2)
            {
                command.Parameters[2].Value = instanceId;
            }

            var result = new List<StoredComponent>(all ? 4 : 1);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(ComponentRows.Read(reader, resourceId, type));
            }

            return result;
        }

        public void Dispose()
        {
            One.Dispose();
            First.Dispose();
            All.Dispose();
            _connection.Dispose();
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in ParameterNames.Where(n => sql.Contains(n, StringComparison.Ordinal)))
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            return command;
        }
    }
}
