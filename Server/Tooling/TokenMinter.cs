using System.Xml.Linq;
using GupSoap.Core.Saml;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>What the <c>token</c> and <c>call</c> commands mint: a bearer assertion issued to an application.</summary>
internal sealed record TokenRequest(string Provider, IReadOnlyList<string> Audiences, string? Subscriber, string? Application, int Minutes, bool OneTime);

/// <summary>
/// Mints a bearer assertion (Liberty TLS:Bearer) signed with this deployment's own key, which the server trusts as
/// an HPLMN issuer: the token of a local application or of a tester. No audience means the GUP Server's.
/// </summary>
internal static class TokenMinter
{
    public static XElement Mint(IConfiguration configuration, TokenRequest request, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issuer = new AssertionIssuer(ToolConfiguration.SigningKey(configuration, time), time);
        var attributes = new Dictionary<string, IReadOnlyList<string>>();
        if (request.Subscriber is { } subscriber)
        {
            attributes[GupAttributes.Subscriber] = [subscriber];
        }

        if (request.Application is { } application)
        {
            attributes[GupAttributes.ApplicationId] = [application];
        }

        return issuer.Issue(new AssertionDescriptor
        {
            Audiences = request.Audiences.Count > 0 ? request.Audiences : [ToolConfiguration.ProviderId(configuration)],
            NameId = request.Provider,
            Lifetime = TimeSpan.FromMinutes(request.Minutes),
            OneTimeUse = request.OneTime,
            Attributes = attributes,
        });
    }

    /// <summary>
    /// The deployment acting for itself (an administrator: MCPTT imports, Define Data, List Data across subscribers,
    /// Discovery registrations): issued to and naming <c>Gup:ProviderId</c>, marked as a service call.
    /// </summary>
    public static XElement MintForDeployment(IConfiguration configuration, IReadOnlyList<string> audiences, TimeSpan lifetime, TimeProvider time)
    {
        var providerId = ToolConfiguration.ProviderId(configuration);
        return new AssertionIssuer(ToolConfiguration.SigningKey(configuration, time), time).Issue(new AssertionDescriptor
        {
            Audiences = audiences,
            NameId = providerId,
            Lifetime = lifetime,
            Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Requestor] = [providerId], [GupAttributes.ServiceCall] = ["true"] },
        });
    }
}
