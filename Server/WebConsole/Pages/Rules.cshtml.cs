using System.Globalization;
using System.Xml.Linq;
using GupSoap.Core.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>
/// The subscriber's rules and the common rules as a table, the effective decision for a chosen application, and for
/// <c>admin</c> a rule's effect changed through the Rg write path (a stale form is refused by notChangedSince).
/// </summary>
public sealed class RulesModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? App { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccessOperation Op { get; set; } = AccessOperation.Query;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public SubscriberRules? Rules { get; private set; }

    public RuleDecision? Decision { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public IReadOnlyList<XName> ComponentTypes => View.ComponentTypes;

    public Effect? CommonDefault => View.CommonRules.DefaultEffect;

    public bool IsAdmin => User.IsInRole(ConsoleRoles.Admin);

    public IEnumerable<(AuthorizationRule Rule, string Source)> AllRules =>
        View.CommonRules.Rules.Select(r => (r, "common")).Concat((Rules?.Rules?.Rules ?? []).Select(r => (r, "subscriber")));

    private RulesView View => HttpContext.RequestServices.GetRequiredService<RulesView>();

    private ConsoleAudit Audit => HttpContext.RequestServices.GetRequiredService<ConsoleAudit>();

    public async Task<IActionResult> OnGetAsync(string? changed, string? how)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return LocalRedirect(ConsoleHosting.PathPrefix + "/subscriber");
        }

        Message = string.IsNullOrEmpty(changed) ? null : $"Rule {changed} {how switch { "added" => "added", "deleted" => "deleted", _ => "changed" }}.";
        await LoadAsync();
        await Audit.RecordAsync(User, "view-rules", Id, Rules?.Problem is null ? "shown" : "refused: " + Rules.Problem,
            Decision is null ? "" : $"decision for {App} {Op} {Type}: {Decision.Answer}");
        return Page();
    }

    public async Task<IActionResult> OnPostEffectAsync(string ruleId, Effect effect, string notChangedSince)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return BadRequest();
        }

        if (!IsAdmin)
        {
            await Audit.RecordAsync(User, "edit-rule", Id, "refused: not admin", ruleId);
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        }

        if (!DateTimeOffset.TryParse(notChangedSince, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since))
        {
            return BadRequest();
        }

        var problem = await View.SetEffectAsync(User, Id, ruleId, effect, since, HttpContext.RequestAborted);
        await Audit.RecordAsync(User, "edit-rule", Id, problem is null ? "done" : "refused: " + problem, $"{ruleId} effect {effect}");
        if (problem is null)
        {
            return LocalRedirect($"{ConsoleHosting.PathPrefix}/rules?id={Uri.EscapeDataString(Id)}&changed={Uri.EscapeDataString(ruleId)}");
        }

        Message = "Not changed: " + problem;
        MessageIsError = true;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddRuleAsync(string ruleId, DraftRequestor requestor, string? requestorId, string? componentType,
        List<AccessOperation> operations, Effect effect, int? priority, string notChangedSince)
    {
        var draft = new RuleDraft(ruleId ?? "", requestor, requestorId, componentType, operations ?? [], effect, priority);
        return await WriteAsync("add-rule", draft.RuleId, notChangedSince, since => View.AddRuleAsync(User, Id!, draft, since, HttpContext.RequestAborted),
            $"added: {requestor} {requestorId} {componentType ?? "whole profile"} {string.Join("+", draft.Operations)} {effect}", "added");
    }

    public Task<IActionResult> OnPostDeleteRuleAsync(string ruleId, string notChangedSince) =>
        WriteAsync("delete-rule", ruleId ?? "", notChangedSince, since => View.DeleteRuleAsync(User, Id!, ruleId ?? "", since, HttpContext.RequestAborted), "deleted", "deleted");

    /// <summary>An admin write to the rules: refused for care (403), recorded either way, the page shown again with the outcome.</summary>
    private async Task<IActionResult> WriteAsync(string action, string ruleId, string notChangedSince, Func<DateTimeOffset, Task<string?>> write, string target, string done)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return BadRequest();
        }

        if (!IsAdmin)
        {
            await Audit.RecordAsync(User, action, Id, "refused: not admin", ruleId);
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        }

        if (!DateTimeOffset.TryParse(notChangedSince, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since))
        {
            return BadRequest();
        }

        var problem = await write(since);
        await Audit.RecordAsync(User, action, Id, problem is null ? "done" : "refused: " + problem, $"{ruleId} {target}");
        if (problem is null)
        {
            return LocalRedirect($"{ConsoleHosting.PathPrefix}/rules?id={Uri.EscapeDataString(Id)}&changed={Uri.EscapeDataString(ruleId)}&how={done}");
        }

        Message = "Not changed: " + problem;
        MessageIsError = true;
        await LoadAsync();
        return Page();
    }

    public static string Describe(RequestorMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var who = match.Kind switch
        {
            RequestorKind.Any => "anyone",
            RequestorKind.Subscriber => "the subscriber",
            _ => $"{match.Kind}: {string.Join(", ", match.Ids)}",
        };
        return match.Hplmn switch
        {
            true => who + " (home network)",
            false => who + " (outside the home network)",
            _ => who,
        };
    }

    private async Task LoadAsync()
    {
        Rules = await View.ReadAsync(User, Id!, HttpContext.RequestAborted);
        var type = ComponentTypes.FirstOrDefault(t => t.ToString() == Type || t.LocalName == Type);
        if (!string.IsNullOrWhiteSpace(App) && type is not null && Rules.Problem is null)
        {
            Type = type.ToString();
            Decision = RuleDecision.For(View.CommonRules, Rules.Rules, Id!, App.Trim(), Op, type);
        }
    }
}
