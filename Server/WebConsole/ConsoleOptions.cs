using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// Settings of the operator console (<c>Gup:Console</c>): whether it runs, the idle and absolute session limits, the
/// providerID its Rg requests carry, and the one SAML 2.0 IdP whose Web Browser SSO responses sign staff in.
/// </summary>
internal sealed record ConsoleOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>A session unused this long is over (sliding cookie expiry).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>However active, a session ends this long after sign-in.</summary>
    public TimeSpan MaxSession { get; init; } = TimeSpan.FromHours(8);

    /// <summary>Wrong passwords in a row after which a local user name is locked (<see cref="SignInThrottle"/>).</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    /// <summary>How long such a lock lasts.</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The sb:Sender-like identity of console requests in authorization decisions and records.</summary>
    public string ProviderId { get; init; } = "urn:gupsoap:console";

    /// <summary>Our SAML service provider entity id: the Audience the IdP must name.</summary>
    public string EntityId { get; init; } = "urn:gupsoap:console";

    public string? IdpEntityId { get; init; }

    /// <summary>PEM of the IdP's signing certificate, relative to the data directory: pinned, never read from a message.</summary>
    public string? IdpCertificatePath { get; init; }

    /// <summary>Where operators are sent to sign in at the IdP (a link on the sign-in page); optional.</summary>
    public Uri? IdpSignInUrl { get; init; }

    /// <summary>The assertion attribute carrying the console role (care or admin).</summary>
    public string RoleAttribute { get; init; } = "urn:gupsoap:console:role";

    public bool SamlEnabled => !string.IsNullOrEmpty(IdpEntityId);

    public static ConsoleOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection("Gup:Console").Get<ConsoleOptions>() ?? new ConsoleOptions();
        if (options.SamlEnabled && string.IsNullOrEmpty(options.IdpCertificatePath))
        {
            throw new ConfigurationException("Gup:Console:IdpCertificatePath", "a console IdP needs its pinned signing certificate.",
                "Set it to the IdP's certificate (PEM), relative to the data directory, or remove Gup:Console:IdpEntityId.");
        }

        if (options.MaxFailedSignIns < 1 || options.LockoutDuration <= TimeSpan.Zero)
        {
            throw new ConfigurationException("Gup:Console:MaxFailedSignIns", "and Gup:Console:LockoutDuration must be positive.", "Use e.g. 5 and 00:15:00.");
        }

        return options.IdleTimeout <= TimeSpan.Zero || options.MaxSession < options.IdleTimeout
            ? throw new ConfigurationException("Gup:Console:IdleTimeout", "must be positive and not longer than Gup:Console:MaxSession.", "Use e.g. 00:15:00 and 08:00:00.")
            : options;
    }

    /// <summary>The IdP as the one trusted issuer of console sign-ins (its certificate loaded from the pinned file).</summary>
    public Core.Saml.TrustedIssuers Issuers(string dataDirectory) => !SamlEnabled
        ? new Core.Saml.TrustedIssuers([])
        : new Core.Saml.TrustedIssuers([new Core.Saml.TrustedIssuer(IdpEntityId!,
            [PemFiles.Load("Gup:Console:IdpCertificatePath", Path.Combine(dataDirectory, IdpCertificatePath!), null)])]);
}
