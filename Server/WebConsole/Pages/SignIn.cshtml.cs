using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>Sign-in: a link to the configured IdP (SAML Web Browser SSO) and the local accounts of <c>admin console-user add</c>.</summary>
public sealed class SignInModel : PageModel
{
    private ConsoleAccounts Accounts => HttpContext.RequestServices.GetRequiredService<ConsoleAccounts>();

    public string? Error { get; private set; }

    public Uri? IdpSignInUrl => HttpContext.RequestServices.GetRequiredService<ConsoleOptions>().IdpSignInUrl;

    public bool LocalAccounts => Accounts.Any();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? user, string? password)
    {
        var role = string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password) ? null : Accounts.Verify(user, password);
        var audit = HttpContext.RequestServices.GetRequiredService<ConsoleAudit>();
        if (role is null)
        {
            audit.SignIn(user ?? "-", "local", "wrong user name or password");
            Error = "Wrong user name or password.";
            return Page();
        }

        audit.SignIn(user!, "local", null);
        await ConsoleHosting.SignInAsync(HttpContext, new ConsoleUser(user!, role, "local", HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()));
        return LocalRedirect(SafeReturn(ReturnUrl));
    }

    /// <summary>Only a console path of this server is a place to return to.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(ConsoleHosting.PathPrefix + "/", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : ConsoleHosting.PathPrefix + "/subscriber";
}
