namespace GupSoap.Server.Redirect;

/// <summary>
/// Operator policy for redirect mode (TS 23.240 §4.2.2), from <c>Gup:Redirect</c>: a default mode and a mode per
/// requestor (an application id or a provider id). Proxy mode is the default for everybody.
/// </summary>
public sealed class RedirectOptions
{
    public RedirectMode Mode { get; set; } = RedirectMode.Never;

    /// <summary><c>Gup:Redirect:Requestors:{i}:Id</c> (application id or providerID) and <c>:Mode</c>.</summary>
    public List<RequestorRedirect> Requestors { get; set; } = [];

    /// <summary>Lifetime of a redirect assertion: long enough to make the call, short enough to be useless later.</summary>
    public int TokenSeconds { get; set; } = 120;

}

/// <summary>The redirect mode chosen for one requestor.</summary>
public sealed class RequestorRedirect
{
    public string Id { get; set; } = "";

    public RedirectMode Mode { get; set; } = RedirectMode.Never;
}

/// <summary>When the server answers <c>Redirected</c> instead of proxying.</summary>
public enum RedirectMode
{
    /// <summary>Always proxy.</summary>
    Never,

    /// <summary>Redirect when the application indicates <c>Preferred</c>.</summary>
    WhenPreferred,

    /// <summary>Redirect when the application indicates <c>Supported</c> or <c>Preferred</c>.</summary>
    WhenSupported,
}
