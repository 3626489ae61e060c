using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GupSoap.Server.WebConsole.Pages;

/// <summary>The console's entry: the subscriber search.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(ConsoleHosting.PathPrefix + "/subscriber");
}
