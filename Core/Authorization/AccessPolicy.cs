using System.Xml.Linq;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Security;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The rules that apply to one resource (TS 23.240 §4.1.4, §4.2.1.4): the operator's common rules and the
/// subscriber's privacy rules together. Among the rules covering a node the highest priority decides, Deny wins a
/// tie; with none, the subscriber's default, else the common default, else Deny. The deployment's own system
/// requestor is always permitted.
/// </summary>
public sealed class AccessPolicy
{
    private readonly AuthorizationRule[] _rules;
    private readonly Effect _defaultEffect;

    public AccessPolicy(string resourceId, AuthorizationRules? common, AuthorizationRules? subscriber)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ResourceId = resourceId;
        _rules = [.. common?.Rules ?? [], .. subscriber?.Rules ?? []];
        _defaultEffect = subscriber?.DefaultEffect ?? common?.DefaultEffect ?? Effect.Deny;
    }

    /// <summary>The resource whose profile these rules guard; a <c>gup:Subscriber</c> requestor must be this subscriber.</summary>
    public string ResourceId { get; }

    /// <summary>
    /// True when some rule could permit this requestor some operation on some data of the profile, or the default
    /// permits it. False means no access at all: answer as for a profile that does not exist (SECURITY.md A7).
    /// </summary>
    public bool GrantsAnything(RequestorContext who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.IsSystem || Grants.Anything(_rules.Where(r => r.RequestorMatch.Matches(who, ResourceId)), _defaultEffect);
    }

    /// <summary>
    /// Decides without the document, conservatively: <paramref name="target"/> null means the whole component of
    /// <paramref name="componentType"/>. Permit only when every node at or below the target is certainly permitted;
    /// Deny only when certainly none is; Partial otherwise (a Query goes on and filters; a write treats it as Deny).
    /// </summary>
    /// <exception cref="ArgumentException">The target names another component type.</exception>
    public AccessDecision Decide(RequestorContext who, AccessOperation operation, XName componentType, DataReference? target)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(componentType);
        if (target?.ComponentStep is { Name: { } named } && named != componentType)
        {
            throw new ArgumentException("The target addresses another component type.", nameof(target));
        }

        if (who.IsSystem)
        {
            return AccessDecision.Permit;
        }

        // The target is judged as written inside this component: a '*' component step here means this one.
        IReadOnlyList<Step> path = [Step.Element(componentType, target?.ComponentStep?.Predicate), .. target?.Steps ?? []];
        return StaticDecision.Decide(Applicable(who, operation), path);
    }

    /// <summary>
    /// The part of a merged <c>gup:Profile</c> view the requestor may see, as a new element with every denied node
    /// removed (SECURITY.md A8); null when nothing at all is permitted. The input is never changed.
    /// </summary>
    public XElement? FilterProfile(RequestorContext who, AccessOperation operation, XElement profile)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(profile);
        if (who.IsSystem)
        {
            return new XElement(profile);
        }

        var applicable = Applicable(who, operation);
        if (!applicable.MayPermit)
        {
            return null;
        }

        var marks = NodeMarks.Evaluate(applicable.Rules, [.. profile.Elements()]);
        return new PrivacyFilter(marks, applicable.DefaultEffect).FilterProfile(profile);
    }

    /// <summary>The same for one component document, judged as a child of the profile view; returns the filtered component root, or null.</summary>
    public XElement? FilterComponent(RequestorContext who, AccessOperation operation, XElement component)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(component);
        if (who.IsSystem)
        {
            return new XElement(component);
        }

        var applicable = Applicable(who, operation);
        if (!applicable.MayPermit)
        {
            return null;
        }

        var marks = NodeMarks.Evaluate(applicable.Rules, [component]);
        return new PrivacyFilter(marks, applicable.DefaultEffect).FilterComponent(component);
    }

    /// <summary>
    /// True when every target node of <paramref name="component"/> and everything below it is permitted (for an
    /// attribute, the attribute itself; for text, its element). A node outside the component is refused.
    /// </summary>
    public bool PermitsAll(RequestorContext who, AccessOperation operation, XElement component, IEnumerable<XObject> targets)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(targets);
        if (who.IsSystem)
        {
            return true;
        }

        var applicable = Applicable(who, operation);
        var marks = NodeMarks.Evaluate(applicable.Rules, [component]);
        return new WriteCheck(marks, applicable.DefaultEffect, component).PermitsAll(targets);
    }

    private ApplicableRules Applicable(RequestorContext who, AccessOperation operation) =>
        new([.. _rules.Where(r => r.Operations.Contains(operation) && r.RequestorMatch.Matches(who, ResourceId))], _defaultEffect);
}
