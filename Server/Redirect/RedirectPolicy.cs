using GupSoap.Contracts.Gup;
using GupSoap.Core.Security;

namespace GupSoap.Server.Redirect;

/// <summary>
/// Decides between proxy and redirect mode for one request (TS 23.240 §4.2.2, §4.1.4 RequestorData redirection
/// indication): only when the application says it can follow a redirect and the operator's mode for it allows.
/// </summary>
public sealed class RedirectPolicy(RedirectOptions options)
{
    public const string None = "None";
    public const string Supported = "Supported";
    public const string Preferred = "Preferred";

    public RedirectOptions Options { get; } = options;

    public bool Chooses(RequestorContext who, RequestorData? data)
    {
        ArgumentNullException.ThrowIfNull(who);
        var indication = data?.RedirectionIndication?.Trim();
        if (who.IsSystem || indication is null or None)
        {
            return false;
        }

        return ModeFor(who) switch
        {
            RedirectMode.WhenSupported => indication is Supported or Preferred,
            RedirectMode.WhenPreferred => indication is Preferred,
            _ => false,
        };
    }

    /// <summary>An entry for the authenticated application id wins over one for its provider.</summary>
    private RedirectMode ModeFor(RequestorContext who) =>
        Options.Requestors.FirstOrDefault(r => who.ApplicationId is not null && r.Id == who.ApplicationId)?.Mode
        ?? Options.Requestors.FirstOrDefault(r => r.Id == who.ProviderId)?.Mode
        ?? Options.Mode;
}
