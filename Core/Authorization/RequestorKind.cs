namespace GupSoap.Core.Authorization;

/// <summary>Which choice of gup:RuleRequestorType a rule uses (TS 23.240 §4.1.4 "requestor").</summary>
public enum RequestorKind
{
    /// <summary><c>gup:AnyRequestor</c>.</summary>
    Any,

    /// <summary><c>gup:ProviderID</c>+: the requesting provider.</summary>
    ProviderIds,

    /// <summary><c>gup:ApplicationID</c>+: the application named by the token.</summary>
    ApplicationIds,

    /// <summary><c>gup:Subscriber</c>: the requestor acts for (or is) the subscriber owning the profile.</summary>
    Subscriber,
}
