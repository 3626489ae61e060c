namespace GupSoap.Discovery.Registry;

/// <summary>Reads of the registry: every entry, and one subscriber's associations.</summary>
public sealed partial class SqliteServiceRegistry
{
    public async Task<IReadOnlyList<RegisteredService>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT metadata, registered_by, operator_wide FROM svcmd ORDER BY seq";
        var result = new List<RegisteredService>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new RegisteredService(SvcMdText.Read(reader.GetString(0)), reader.GetString(1), reader.GetInt64(2) != 0));
        }

        return result;
    }

    public async Task<IReadOnlySet<string>> AssociationsAsync(string subscriber, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM association WHERE subscriber = $s";
        command.Parameters.AddWithValue("$s", subscriber);
        var result = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
