using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>Sign-out (POST with antiforgery only): the session cookie is removed and the user sent to sign-in.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Subscriber");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.RequestServices.GetRequiredService<ConsoleAudit>().RecordAsync(User, "sign-out", null, "done");
        await HttpContext.SignOutAsync(ConsoleHosting.Scheme);
        return LocalRedirect(ConsoleHosting.PathPrefix + "/signin");
    }
}
