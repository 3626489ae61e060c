using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Authorization;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Redirect;

/// <summary>
/// Redirect mode (TS 23.240 §4.2.2): instead of calling the RAFs, the server answers <c>Redirected</c> with, per RAF,
/// its Rp address, the component types and a one-time assertion for exactly this operation. Chosen only when the
/// policy allows it and the requestor is certainly permitted the operation on every whole component concerned:
/// a partly visible component must go through the proxy, which filters it (SECURITY.md A8), and a profile the
/// requestor may do nothing with must look absent, as in proxy mode (A7).
/// </summary>
public sealed class Redirector(RedirectPolicy policy, RedirectTokens tokens, PublicRafAddress addresses)
{
    /// <summary>The redirection data, or null to carry on in proxy mode.</summary>
    internal RedirectionData? TryRedirect(RgAccess access, RequestorData? requestorData, string resourceId, IReadOnlyCollection<(XName Type, RafEndpoint Raf)> targets, AccessOperation operation, string rpOperation)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0 || !policy.Chooses(access.Who, requestorData) || targets.Any(t => access.Refusal(operation, t.Type, null) is not null))
        {
            return null;
        }

        var redirects = targets.GroupBy(t => t.Raf.Name)
            .Select(group =>
            {
                var raf = group.First().Raf;
                var types = group.Select(t => t.Type).Distinct().ToList();
                return new Contracts.Gup.Redirect
                {
                    Address = addresses.For(raf).ToString(),
                    ComponentTypes = [.. types.Select(RgTarget.QName)],
                    Assertion = new AssertionHolder { Elements = [tokens.Issue(access.Who, raf, resourceId, types, rpOperation)] },
                };
            })
            .ToArray();
        if (Core.Charging.ChargingScope.Current is { } charging)
        {
            charging.Mode = Core.Charging.ChargingMode.Redirect;
        }

        return new RedirectionData { Redirects = redirects };
    }

    /// <summary>Turns <paramref name="response"/> into the redirected answer.</summary>
    public static T Answer<T>(T response, RedirectionData redirection)
        where T : Contracts.Rg.RgResponse
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Status = new Status { Code = StatusCodes.Redirected, Comment = "Call the repositories in RedirectionData over Rp, each with its assertion (one use)." };
        response.RedirectionData = redirection;
        return response;
    }
}
