using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>Who accessed the subscriber's profile, what, when and how it ended; filterable, with accesses per day per requestor.</summary>
public sealed class HistoryModel : PageModel
{
    public const int MaxRecords = 1000;
    private static readonly string[] Palette = ["#123c69", "#ac3b61", "#2a7f62", "#d08c00", "#6b4fa0", "#4a6b8a", "#8a4a2a"];

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int LastDays { get; set; } = 7;

    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    public IReadOnlyList<AccessRecord> Records { get; private set; } = [];

    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    public IReadOnlyList<(DateOnly Day, string Who, int Count)> PerDay { get; private set; } = [];

    public IReadOnlyList<string> Requestors { get; private set; } = [];

    public string Source => HttpContext.RequestServices.GetRequiredService<IAccessHistory>() is ConsoleActionHistory
        ? "Showing the console's own actions of this server process; the charging records are not wired in yet."
        : "From the charging records.";

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return LocalRedirect(ConsoleHosting.PathPrefix + "/subscriber");
        }

        LastDays = Math.Clamp(LastDays, 1, 90);
        var services = HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var from = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1 - LastDays);
        var records = await services.GetRequiredService<IAccessHistory>().ForSubscriberAsync(Id, from, now.AddSeconds(1), MaxRecords, HttpContext.RequestAborted);
        Records = [.. records.Where(r => string.IsNullOrWhiteSpace(Who) || r.Requestor.Contains(Who, StringComparison.OrdinalIgnoreCase)
            || (r.Application?.Contains(Who, StringComparison.OrdinalIgnoreCase) ?? false))];
        Days = [.. Enumerable.Range(0, LastDays).Select(i => DateOnly.FromDateTime(from.UtcDateTime).AddDays(i))];
        PerDay = [.. Records.GroupBy(r => (Day: DateOnly.FromDateTime(r.At.UtcDateTime), Who: Label(r))).Select(g => (g.Key.Day, g.Key.Who, g.Count()))];
        Requestors = [.. PerDay.Select(p => p.Who).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        await services.GetRequiredService<ConsoleAudit>().RecordAsync(User, "view-history", Id, $"{Records.Count} records");
        return Page();
    }

    public string ColorOf(string who)
    {
        var index = 0;
        for (var i = 0; i < Requestors.Count; i++)
        {
            if (Requestors[i] == who)
            {
                index = i;
            }
        }

        return Palette[index % Palette.Length];
    }

    private static string Label(AccessRecord record) => record.Application ?? record.Requestor;
}
