using GupSoap.Core.Saml;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>RAFs and their health, trusted issuers, notification and refusal counters at a glance.</summary>
public sealed class SystemModel : PageModel
{
    public IReadOnlyList<RafRow> Rafs { get; private set; } = [];

    public IReadOnlyCollection<TrustedIssuer> Issuers { get; private set; } = [];

    public IReadOnlyList<(string Series, string Value)> Counters { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var view = HttpContext.RequestServices.GetRequiredService<SystemView>();
        var health = await view.RemoteHealthAsync(HttpContext.RequestAborted);
        Rafs = [.. view.Rafs.Select(raf => health.FirstOrDefault(h => h.Name == raf.Name) is { } probed
            ? new RafRow(raf.Name, raf.ProviderId, [.. raf.ComponentTypes.Select(t => t.LocalName)], raf.Address!.AbsoluteUri, probed.Answers, probed.Answers ? "answers" : probed.Problem ?? "no answer")
            : new RafRow(raf.Name, raf.ProviderId, [.. raf.ComponentTypes.Select(t => t.LocalName)], "in this process", true, "running"))];
        Issuers = view.Issuers;
        Counters = view.Counters();
        await HttpContext.RequestServices.GetRequiredService<ConsoleAudit>().RecordAsync(User, "view-system", null, "shown");
    }
}

/// <summary>One RAF row: name, provider, component types, address (or in process), whether it answers.</summary>
public sealed record RafRow(string Name, string ProviderId, IReadOnlyList<string> Types, string Where, bool Answers, string Health);
