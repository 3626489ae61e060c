using System.Security.Claims;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Authorization;
using GupSoap.Core.Soap;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// A subscriber's gup:AuthorizationRules (TS 23.240 §4.1.4) read through <see cref="SubscriberView"/>, parsed by the
/// same reader the Rg decides with, and a rule's effect changed by an Rg Modify (§4.3.3) for the console requestor,
/// guarded by notChangedSince so a concurrent change is reported, not overwritten.
/// </summary>
internal sealed class RulesView(RgContext rg, SubscriberView profiles, ConsoleOptions options)
{
    private static readonly XNamespace Gup = Namespaces.Gup;

    public AuthorizationRules CommonRules => rg.CommonRules.Current;

    public IReadOnlyList<XName> ComponentTypes => rg.Directory.ComponentTypes;

    public async Task<SubscriberRules> ReadAsync(ClaimsPrincipal user, string resourceId, CancellationToken cancellationToken)
    {
        var (components, problem) = await profiles.ReadAsync(user, resourceId, cancellationToken);
        var component = components.FirstOrDefault(c => c.Type == RgAccess.RulesType);
        if (problem is not null || component?.Problem is not null)
        {
            return new SubscriberRules(null, null, problem ?? component!.Problem);
        }

        if (component?.Elements is not [var document])
        {
            return new SubscriberRules(null, null, null);
        }

        var (rules, error) = AuthorizationRules.Read(document);
        return new SubscriberRules(rules, component, error);
    }

    /// <summary>Sets the Effect of rule <paramref name="ruleId"/>; null when done, else the Rg's answer.</summary>
    public async Task<string?> SetEffectAsync(ClaimsPrincipal user, string resourceId, string ruleId, Effect effect, DateTimeOffset notChangedSince, CancellationToken cancellationToken)
    {
        if (ruleId.Length is 0 or > 128 || !ruleId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return "The rule id is not a plain name.";
        }

        var request = new ModifyRequest
        {
            ResourceId = new ResourceId { Value = resourceId },
            Items =
            [
                new ModifyItem
                {
                    ItemId = "effect",
                    Select = new DataSelect($"/gup:Profile/gup:AuthorizationRules/gup:Rule[@id='{ruleId}']/gup:Effect", new Dictionary<string, string> { ["gup"] = Namespaces.Gup }),
                    NewData = new ValueContent { Elements = [new XElement(Gup + "Effect", effect.ToString())] },
                    OverrideAllowed = true,
                    NotChangedSince = notChangedSince.UtcDateTime,
                    NotChangedSinceSpecified = true,
                },
            ],
        };
        var context = new SoapRequestContext
        {
            Headers = new Core.Liberty.LibertyHeaders { HasFramework = true, FrameworkVersion = "2.0", SenderProviderId = options.ProviderId, MessageId = "urn:uuid:" + Guid.NewGuid().ToString("D") },
            Requestor = ConsoleRequestor.For(options, user, resourceId),
            CancellationToken = cancellationToken,
        };
        var response = await ModifyOperation.HandleAsync(rg, request, context);
        var item = response.Items?.FirstOrDefault()?.Status;
        return response.Status?.Code == StatusCodes.Ok ? null : Describe(item is { Code: not StatusCodes.Ok } ? item : response.Status);
    }

    private static string Describe(Status? status) =>
        status is null ? "No answer." : $"{status.ErrorType ?? status.Code} {status.Detail}: {status.Comment}";
}

/// <summary>The subscriber's rules (null when there are none), the component they came from, or why they could not be shown.</summary>
public sealed record SubscriberRules(AuthorizationRules? Rules, ComponentView? Component, string? Problem);
