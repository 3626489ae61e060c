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
    public Task<string?> SetEffectAsync(ClaimsPrincipal user, string resourceId, string ruleId, Effect effect, DateTimeOffset notChangedSince, CancellationToken cancellationToken) =>
        PlainId(ruleId) is { } invalid
            ? Task.FromResult<string?>(invalid)
            : ModifyAsync(user, resourceId, new ModifyItem
            {
                ItemId = "effect",
                Select = RuleSelect(ruleId, "/gup:Effect"),
                NewData = new ValueContent { Elements = [new XElement(Gup + "Effect", effect.ToString())] },
                OverrideAllowed = true,
                NotChangedSince = notChangedSince.UtcDateTime,
                NotChangedSinceSpecified = true,
            }, cancellationToken);

    /// <summary>
    /// Adds a rule (an Rg Modify inserting it: the RAF validates it against gup.xsd, an existing id answers
    /// ExistsAlready); null when done, else why not.
    /// </summary>
    public Task<string?> AddRuleAsync(ClaimsPrincipal user, string resourceId, RuleDraft draft, DateTimeOffset notChangedSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (PlainId(draft.RuleId) is { } invalid)
        {
            return Task.FromResult<string?>(invalid);
        }

        if (draft.Rule(ComponentTypes) is not { } rule)
        {
            return Task.FromResult<string?>(draft.Problem(ComponentTypes));
        }

        return ModifyAsync(user, resourceId, new ModifyItem
        {
            ItemId = "add",
            Select = RuleSelect(draft.RuleId, ""),
            NewData = new ValueContent { Elements = [rule] },
            OverrideAllowed = false,
            NotChangedSince = notChangedSince.UtcDateTime,
            NotChangedSinceSpecified = true,
        }, cancellationToken);
    }

    /// <summary>Removes rule <paramref name="ruleId"/> (an Rg Modify without new data); null when done, else why not.</summary>
    public Task<string?> DeleteRuleAsync(ClaimsPrincipal user, string resourceId, string ruleId, DateTimeOffset notChangedSince, CancellationToken cancellationToken) =>
        PlainId(ruleId) is { } invalid
            ? Task.FromResult<string?>(invalid)
            : ModifyAsync(user, resourceId, new ModifyItem
            {
                ItemId = "delete",
                Select = RuleSelect(ruleId, ""),
                OverrideAllowed = true,
                NotChangedSince = notChangedSince.UtcDateTime,
                NotChangedSinceSpecified = true,
            }, cancellationToken);

    private static string? PlainId(string ruleId) =>
        ruleId.Length is 0 or > 128 || !ruleId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? "The rule id is not a plain name." : null;

    private static DataSelect RuleSelect(string ruleId, string below) =>
        new($"/gup:Profile/gup:AuthorizationRules/gup:Rule[@id='{ruleId}']{below}", new Dictionary<string, string> { ["gup"] = Namespaces.Gup });

    private async Task<string?> ModifyAsync(ClaimsPrincipal user, string resourceId, ModifyItem item, CancellationToken cancellationToken)
    {
        var request = new ModifyRequest { ResourceId = new ResourceId { Value = resourceId }, Items = [item] };
        var context = new SoapRequestContext
        {
            Headers = new Core.Liberty.LibertyHeaders { HasFramework = true, FrameworkVersion = "2.0", SenderProviderId = options.ProviderId, MessageId = "urn:uuid:" + Guid.NewGuid().ToString("D") },
            Requestor = ConsoleRequestor.For(options, user, resourceId),
            CancellationToken = cancellationToken,
        };
        var response = await ModifyOperation.HandleAsync(rg, request, context);
        var status = response.Items?.FirstOrDefault()?.Status;
        return response.Status?.Code == StatusCodes.Ok ? null : Describe(status is { Code: not StatusCodes.Ok } ? status : response.Status);
    }

    private static string Describe(Status? status) =>
        status is null ? "No answer." : $"{status.ErrorType ?? status.Code} {status.Detail}: {status.Comment}";
}

/// <summary>The subscriber's rules (null when there are none), the component they came from, or why they could not be shown.</summary>
public sealed record SubscriberRules(AuthorizationRules? Rules, ComponentView? Component, string? Problem);
