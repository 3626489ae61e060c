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
        var audit = HttpContext.RequestServices.GetRequiredService<ConsoleAudit>();
        var throttle = HttpContext.RequestServices.GetRequiredService<SignInThrottle>();
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
        {
            Error = "Wrong user name or password.";
            return Page();
        }

        if (throttle.LockedUntil(user) is { } locked)
        {
            audit.SignIn(user, "local", "locked after too many wrong passwords");
            return Locked(locked);
        }

        var role = Accounts.Verify(user, password);
        if (role is null)
        {
            var lockedNow = throttle.Failed(user);
            audit.SignIn(user, "local", lockedNow is null ? "wrong user name or password" : "wrong user name or password; locked");
            if (lockedNow is { } until)
            {
                return Locked(until);
            }

            Error = "Wrong user name or password.";
            return Page();
        }

        throttle.Succeeded(user);
        audit.SignIn(user!, "local", null);
        await ConsoleHosting.SignInAsync(HttpContext, new ConsoleUser(user!, role, "local", HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()));
        return LocalRedirect(SafeReturn(ReturnUrl));
    }

    private PageResult Locked(DateTimeOffset until)
    {
        Error = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Too many wrong passwords for this user name: try again after {until.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z.");
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling((until - HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    /// <summary>Only a console path of this server is a place to return to.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(ConsoleHosting.PathPrefix + "/", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : ConsoleHosting.PathPrefix + "/subscriber";
}
