using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>
/// Search by resource identity; the merged profile, each component with its RAF, version and change time; the
/// subscriptions to the subscriber's data with their state, and for <c>admin</c> a way to end one.
/// </summary>
public sealed class SubscriberModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public IReadOnlyList<ComponentView> Components { get; private set; } = [];

    public string? Problem { get; private set; }

    public IReadOnlyList<Subscriptions.SubscriptionOverview> Subscriptions { get; private set; } = [];

    public IReadOnlyList<McpttProfileView> McpttProfiles { get; private set; } = [];

    public string? McpttProblem { get; private set; }

    public bool ShowsSubscriptions => SubscriptionsView.Available && Problem is null;

    public bool IsAdmin => User.IsInRole(ConsoleRoles.Admin);

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    private SubscriptionsView SubscriptionsView => HttpContext.RequestServices.GetRequiredService<SubscriptionsView>();

    private ConsoleAudit Audit => HttpContext.RequestServices.GetRequiredService<ConsoleAudit>();

    public async Task OnGetAsync(string? ended)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            Id = null;
            return;
        }

        Id = Id.Trim();
        Message = string.IsNullOrEmpty(ended) ? null : $"Subscription {ended} ended.";
        await LoadAsync();
        await Audit.RecordAsync(User, "view-profile", Id, Problem is null ? $"{Components.Count} components, {McpttProfiles.Count} MCPTT profiles, {Subscriptions.Count} subscriptions" : "refused: " + Problem);
    }

    public async Task<IActionResult> OnPostEndAsync(string invokeId)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(invokeId))
        {
            return BadRequest();
        }

        Id = Id.Trim();
        if (!IsAdmin)
        {
            await Audit.RecordAsync(User, "end-subscription", Id, "refused: not admin", invokeId);
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        }

        // The same authorization as showing it: a subscriber the rules keep from the console is not acted on either.
        var (_, refused) = await HttpContext.RequestServices.GetRequiredService<SubscriberView>().ReadAsync(User, Id, HttpContext.RequestAborted);
        var problem = refused ?? await SubscriptionsView.EndAsync(Id, invokeId, HttpContext.RequestAborted);
        await Audit.RecordAsync(User, "end-subscription", Id, problem is null ? "done" : "refused: " + problem, invokeId);
        if (problem is null)
        {
            return LocalRedirect($"{ConsoleHosting.PathPrefix}/subscriber?id={Uri.EscapeDataString(Id)}&ended={Uri.EscapeDataString(invokeId)}");
        }

        Message = "Not ended: " + problem;
        MessageIsError = true;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        (Components, Problem) = await HttpContext.RequestServices.GetRequiredService<SubscriberView>().ReadAsync(User, Id!, HttpContext.RequestAborted);
        Subscriptions = ShowsSubscriptions ? await SubscriptionsView.OfAsync(Id!, HttpContext.RequestAborted) : [];
        if (Problem is null)
        {
            (McpttProfiles, McpttProblem) = await HttpContext.RequestServices.GetRequiredService<McpttProfilesView>().ReadAsync(User, Id!, HttpContext.RequestAborted);
        }
    }
}
