using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>Search by resource identity; the merged profile, each component with its RAF, version and change time.</summary>
public sealed class SubscriberModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public IReadOnlyList<ComponentView> Components { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            Id = null;
            return;
        }

        Id = Id.Trim();
        var services = HttpContext.RequestServices;
        (Components, Problem) = await services.GetRequiredService<SubscriberView>().ReadAsync(User, Id, HttpContext.RequestAborted);
        await services.GetRequiredService<ConsoleAudit>().RecordAsync(User, "view-profile", Id, Problem is null ? $"{Components.Count} components" : "refused: " + Problem);
    }
}
