using System.Security.Claims;
using GupSoap.Core.Security;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The requestor a console request carries through the Rg authorization (TS 23.240 §4.1.4): customer care acts on the
/// subscriber's behalf, so the request is the subscriber's own, from the console's providerID inside the home
/// network. What it may see and change is therefore exactly what the rules grant the subscriber — no bypass.
/// </summary>
internal static class ConsoleRequestor
{
    public const string Mechanism = "urn:gupsoap:security:console";

    public static RequestorContext For(ConsoleOptions options, ClaimsPrincipal user, string resourceId) => new()
    {
        ProviderId = options.ProviderId,
        SubscriberId = resourceId,
        Hplmn = true,
        Mechanism = Mechanism,
        Issuer = user.FindFirst(ConsoleHosting.MethodClaim)?.Value ?? "console",
        AssertionId = "console:" + (user.Identity?.Name ?? "-"),
    };
}
