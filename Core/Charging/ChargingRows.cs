using System.Data.Common;

namespace GupSoap.Core.Charging;

/// <summary>Reads one charging row, selected in the column order both stores use.</summary>
internal static class ChargingRows
{
    public static ChargingRecord Read(DbDataReader row) => new()
    {
        Time = DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(0)),
        CorrelationId = row.GetString(1),
        Recorder = row.GetString(2),
        Operation = row.GetString(3),
        RequestorProviderId = Text(row, 4),
        ApplicationId = Text(row, 5),
        Hplmn = Convert.ToInt64(row.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) != 0,
        Subscriber = Text(row, 7),
        ComponentTypes = ChargingColumns.Types(Text(row, 8)),
        Outcome = row.GetString(9),
        StatusDetail = Text(row, 10),
        BytesIn = row.IsDBNull(11) ? null : row.GetInt64(11),
        BytesOut = row.IsDBNull(12) ? null : row.GetInt64(12),
        Mode = ChargingColumns.Mode(Text(row, 13)),
        Limit = Text(row, 14),
        Rafs = ChargingColumns.Rafs(Text(row, 15)),
    };

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}
