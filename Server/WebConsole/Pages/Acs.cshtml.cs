using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>
/// The assertion consumer service (saml-bindings §3.5 HTTP-POST): the IdP's auto-submitted form lands here. No
/// antiforgery token can come from another site; the signed, audience- and recipient-bound, one-time response is the proof.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AcsModel : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/SignIn");

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "SAMLResponse")] string? samlResponse, [FromForm(Name = "RelayState")] string? relayState)
    {
        var services = HttpContext.RequestServices;
        var consumer = ConsumerUrl(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IServer>(), HttpContext);
        var (user, refusal) = await services.GetRequiredService<SamlSignIn>().AcceptAsync(samlResponse, consumer, HttpContext.RequestAborted);
        services.GetRequiredService<ConsoleAudit>().SignIn(user?.Name ?? "-", "saml", refusal);
        if (user is null)
        {
            Error = refusal;
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
            return Page();
        }

        await ConsoleHosting.SignInAsync(HttpContext, user);
        return LocalRedirect(SignInModel.SafeReturn(relayState));
    }

    /// <summary>Our consumer URL from the configured or bound https address, never from what the client sent.</summary>
    internal static Uri ConsumerUrl(IConfiguration configuration, IServer server, Microsoft.AspNetCore.Http.HttpContext http) =>
        new(PublicBaseAddress.ForConnection(configuration, server, http.Connection), "console/saml/acs");
}
