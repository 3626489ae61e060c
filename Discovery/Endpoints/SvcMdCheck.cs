using GupSoap.Contracts.Disco;

namespace GupSoap.Discovery.Endpoints;

/// <summary>What a registered SvcMD must hold (Discovery 2.0 §3.2): abstract, provider, and for each service context a service type and an endpoint with an http(s) address, a framework and a security mechanism.</summary>
internal static class SvcMdCheck
{
    private const int MaxText = 1024;

    /// <summary>Why <paramref name="entry"/> cannot be registered, or null.</summary>
    public static string? Problem(SvcMD entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Abstract) || entry.Abstract.Length > MaxText)
        {
            return "SvcMD needs an Abstract (at most 1024 characters).";
        }

        if (!IsUri(entry.ProviderId))
        {
            return "SvcMD needs a ProviderID (an absolute URI).";
        }

        if (entry.SvcMDID is { } id && (id.Length == 0 || id.Length > MaxText))
        {
            return "svcMDID must be 1 to 1024 characters.";
        }

        if (entry.ServiceContexts is not { Length: > 0 } contexts)
        {
            return "SvcMD needs at least one ServiceContext.";
        }

        foreach (var context in contexts)
        {
            if (context.ServiceTypes is not { Length: > 0 } types || !types.All(IsUri))
            {
                return "Each ServiceContext needs at least one ServiceType (an absolute URI).";
            }

            if (context.EndpointContexts is not { Length: > 0 } endpoints || endpoints.Any(e => EndpointProblem(e) is not null))
            {
                return "Each ServiceContext needs at least one EndpointContext with an http(s) Address, a Framework and a SecurityMechID.";
            }
        }

        return null;
    }

    private static string? EndpointProblem(EndpointContext endpoint) =>
        endpoint.Addresses is not { Length: > 0 } addresses || !addresses.All(IsHttpAddress) ? "Address"
        : endpoint.Frameworks is not { Length: > 0 } ? "Framework"
        : endpoint.SecurityMechIds is not { Length: > 0 } mechanisms || !mechanisms.All(IsUri) ? "SecurityMechID"
        : null;

    private static bool IsUri(string? text) => text is { Length: > 0 and <= MaxText } && Uri.TryCreate(text, UriKind.Absolute, out _);

    private static bool IsHttpAddress(string text) =>
        text.Length <= MaxText && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
