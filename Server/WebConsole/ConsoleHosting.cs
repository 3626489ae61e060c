using System.Globalization;
using System.Security.Claims;
using GupSoap.Core.Charging;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The operator console at <c>/console</c> (Razor Pages, server-rendered): served on HTTPS only, signed in by SAML
/// Web Browser SSO or a local account, a secure session cookie with idle and absolute limits, antiforgery on every
/// form, and a strict Content-Security-Policy (no script at all).
/// </summary>
internal static class ConsoleHosting
{
    public const string Scheme = "GupConsole";
    public const string PathPrefix = "/console";
    public const string SignedInClaim = "urn:gupsoap:console:signed-in";
    public const string MethodClaim = "urn:gupsoap:console:method";

    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue("Gup:Console:Enabled", true) && !string.IsNullOrWhiteSpace(configuration["Gup:Https:Url"]);

    public static void AddConsole(IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = ConsoleOptions.Read(configuration);
        services.AddSingleton(options);
        services.AddSingleton(ConsoleAccounts.In(dataDirectory));
        var issuers = options.Issuers(dataDirectory);
        services.AddSingleton(sp => new SamlSignIn(options,
            new AssertionValidator(issuers, sp.GetRequiredService<SamlOptions>(), sp.GetRequiredService<IReplayCache>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<IReplayCache>(), sp.GetRequiredService<XmlLimits>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConsoleAudit>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SubscriberView>();
        services.AddSingleton(sp => new McpttProfilesView(sp.GetService<Mcptt.McpttContext>(), sp.GetRequiredService<ConsoleOptions>()));
        services.AddSingleton(sp => new SubscriptionsView(sp.GetRequiredService<Endpoints.RgContext>(), sp.GetService<Subscriptions.SubscriptionContext>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SubscriptionsView>>()));
        services.AddSingleton<RulesView>();
        services.AddSingleton<ConsoleCounters>();
        services.AddSingleton<SystemView>();
        services.AddSingleton<ConsoleActionHistory>();
        // The charging records when this deployment keeps them (issue 16), else the console's own actions of this process.
        services.AddSingleton<IAccessHistory>(sp => sp.GetService<IChargingRecords>() is { } charging
            ? new ChargingAccessHistory(charging)
            : sp.GetRequiredService<ConsoleActionHistory>());
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/WebConsole/Pages";
            pages.Conventions.AuthorizeFolder("/", ConsoleRoles.StaffPolicy);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Acs");
        }).ConfigureApplicationPartManager(parts =>
        {
            // The pages live in this assembly, which is not the entry assembly when the server is hosted (tests, tools).
            var assembly = typeof(ConsoleHosting).Assembly;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                if (!parts.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        // Session and antiforgery keys survive a restart (signed-in staff stay signed in); owner-only like the other keys.
        services.AddDataProtection()
            .PersistKeysToFileSystem(Directory.CreateDirectory(Path.Combine(dataDirectory, "console-keys")))
            .SetApplicationName("GupSoap.Console");
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "__Host-gup-console-af";
            a.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.FormFieldName = "__af";
        });
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "__Host-gup-console";
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.HttpOnly = true;
            // Lax: the IdP's cross-site POST ends in a redirect that must carry the new session.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = PathPrefix + "/signin";
            cookie.LogoutPath = PathPrefix + "/signout";
            cookie.AccessDeniedPath = PathPrefix + "/signin";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Events.OnValidatePrincipal = context => EnforceMaxSession(context, options);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleRoles.StaffPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(ConsoleRoles.Care, ConsoleRoles.Admin))
            .AddPolicy(ConsoleRoles.AdminPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(ConsoleRoles.Admin));
    }

    /// <summary>Console paths answer on HTTPS only (404 on plain HTTP) and carry no-store and a script-free CSP.</summary>
    public static void MapConsole(WebApplication app)
    {
        // Listening from the start, so the system page counts what happened before it was first opened.
        _ = app.Services.GetRequiredService<ConsoleCounters>();
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(PathPrefix, StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            if (!context.Request.IsHttps)
            {
                context.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound;
                return;
            }

            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.StrictTransportSecurity = "max-age=31536000";
            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
    }

    /// <summary>Signs <paramref name="user"/> in: a fresh session cookie naming who, which role, how and when.</summary>
    public static Task SignInAsync(HttpContext http, ConsoleUser user)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(MethodClaim, user.Method),
            new Claim(SignedInClaim, user.SignedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ], Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
    }

    private static async Task EnforceMaxSession(CookieValidatePrincipalContext context, ConsoleOptions options)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var signedIn = context.Principal?.FindFirst(SignedInClaim)?.Value;
        if (!long.TryParse(signedIn, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > options.MaxSession)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
