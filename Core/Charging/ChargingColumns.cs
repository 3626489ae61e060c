using System.Globalization;

namespace GupSoap.Core.Charging;

/// <summary>
/// How a record's lists are kept in one text column each, the same on SQLite and PostgreSQL: component types (Clark
/// names hold no space) space-separated; RAF hops as <c>name:1:correlation</c> (RAF names hold no ':').
/// </summary>
public static class ChargingColumns
{
    public static string Types(IReadOnlyList<string> types) => string.Join(' ', types);

    public static IReadOnlyList<string> Types(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Rafs(IReadOnlyList<ChargingRafHop> rafs) =>
        string.Join(' ', rafs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Raf}:{(r.ProducesCharging ? 1 : 0)}:{r.CorrelationId}")));

    public static IReadOnlyList<ChargingRafHop> Rafs(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hop => hop.Split(':', 3)).Select(p => new ChargingRafHop(p[0], p[1] == "1", p[2]))];

    public static string Mode(ChargingMode mode) => mode switch
    {
        ChargingMode.Proxy => "proxy",
        ChargingMode.Redirect => "redirect",
        _ => "direct",
    };

    public static ChargingMode Mode(string? text) => text switch
    {
        "proxy" => ChargingMode.Proxy,
        "redirect" => ChargingMode.Redirect,
        _ => ChargingMode.Direct,
    };

    /// <summary>The application a query's <c>Application</c> matches: the application id, else the providerID.</summary>
    public const string ApplicationColumn = "COALESCE(application_id, provider_id)";
}
