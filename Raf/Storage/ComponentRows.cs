using System.Data.Common;
using System.Xml.Linq;

namespace GupSoap.Raf.Storage;

/// <summary>Rows of the <c>components</c> table as every store selects them (<see cref="Columns"/> in that order).</summary>
internal static class ComponentRows
{
    public const string Columns = "resource_type, data, version, changed_at, instance_id";

    public static StoredComponent Read(DbDataReader reader, string resourceId, XName type) =>
        new(resourceId, reader.IsDBNull(0) ? null : reader.GetString(0), type, reader.GetString(1), reader.GetInt64(2), new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero))
        {
            InstanceId = reader.GetString(4),
        };

    /// <summary>A row selected as <c>resource_id, </c><see cref="Columns"/>.</summary>
    public static StoredComponent ReadWithResource(DbDataReader reader, XName type) =>
        new(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), type, reader.GetString(2), reader.GetInt64(3), new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero))
        {
            InstanceId = reader.GetString(5),
        };

    /// <summary>
    /// One List Data page from rows of (resource id, resource type, component type) ordered by resource id: the
    /// resources in order, each with its types; <paramref name="count"/> + 1 resources read means there are more.
    /// </summary>
    public static async Task<ListPage> PageAsync(DbDataReader reader, int count, CancellationToken ct)
    {
        var resources = new List<ListedResource>();
        string? current = null;
        string? currentType = null;
        var typesOfCurrent = new List<XName>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetString(0);
            if (id != current)
            {
                if (current is not null)
                {
                    resources.Add(new ListedResource(current, currentType, typesOfCurrent));
                }

                current = id;
                currentType = reader.IsDBNull(1) ? null : reader.GetString(1);
                typesOfCurrent = [];
            }

            typesOfCurrent.Add(XName.Get(reader.GetString(2)));
        }

        if (current is not null)
        {
            resources.Add(new ListedResource(current, currentType, typesOfCurrent));
        }

        var end = resources.Count <= count;
        return new ListPage(end ? resources : resources.GetRange(0, count), end);
    }
}
