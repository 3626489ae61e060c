using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Authorization;

/// <summary>Reads one gup:Rule: Requestor, Target, Operation+, Effect, Priority? in this order, and the id (gup.xsd RuleType).</summary>
internal static class RuleReader
{
    private const int MaxIdLength = 64;

    public static (AuthorizationRule? Rule, string? Error) Read(XElement element, int index)
    {
        var id = ((string?)element.Attribute(RuleNames.Id))?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return Fail(index, null, $"needs an id of 1 to {MaxIdLength} characters.");
        }

        if (RuleText.HasStrayText(element))
        {
            return Fail(index, id, "holds text; only elements are allowed.");
        }

        var parts = new RuleParts();
        var stage = -1;
        foreach (var child in element.Elements())
        {
            var childStage = Stage(child.Name);
            if (childStage < 0)
            {
                return Fail(index, id, RuleText.Format($"has the unexpected element {RuleText.Echo(child.Name.LocalName)}."));
            }

            // Operation is the only repeatable part; everything else appears at most once, in schema order.
            if (childStage < stage || (childStage == stage && child.Name != RuleNames.Operation))
            {
                return Fail(index, id, RuleText.Format($"has gup:{child.Name.LocalName} out of order or repeated."));
            }

            stage = childStage;
            if (parts.Add(child) is { } error)
            {
                return Fail(index, id, error);
            }
        }

        if (parts.Missing() is { } missing)
        {
            return Fail(index, id, RuleText.Format($"lacks gup:{missing}."));
        }

        return (new AuthorizationRule(id, parts.Requestor!, parts.Targets!, parts.Operations, parts.Effect!.Value, parts.Priority), null);
    }

    private static int Stage(XName name) =>
        name == RuleNames.Requestor ? 0
        : name == RuleNames.Target ? 1
        : name == RuleNames.Operation ? 2
        : name == RuleNames.Effect ? 3
        : name == RuleNames.Priority ? 4
        : -1;

    private static (AuthorizationRule? Rule, string? Error) Fail(int index, string? id, string reason) =>
        (null, id is null
            ? RuleText.Format($"Rule {index} {reason}")
            : RuleText.Format($"Rule {index} ({RuleText.Echo(id)}) {reason}"));

    /// <summary>What has been read of one rule so far.</summary>
    private sealed class RuleParts
    {
        public RequestorMatch? Requestor { get; private set; }

        public IReadOnlyList<DataReference>? Targets { get; private set; }

        public HashSet<AccessOperation> Operations { get; } = [];

        public Effect? Effect { get; private set; }

        public int Priority { get; private set; }

        /// <summary>Reads one child; returns the reason when it is malformed.</summary>
        public string? Add(XElement child)
        {
            string? error = null;
            if (child.Name == RuleNames.Requestor)
            {
                (Requestor, error) = RequestorReader.Read(child);
            }
            else if (child.Name == RuleNames.Target)
            {
                (Targets, error) = TargetReader.Read(child);
            }
            else if (child.Name == RuleNames.Operation)
            {
                var token = RuleText.TextOnly(child) ?? "";
                var covered = AccessOperations.Covered(token).ToArray();
                Operations.UnionWith(covered);
                error = covered.Length == 0 ? RuleText.Format($"has the unknown operation {RuleText.Echo(token)}.") : null;
            }
            else if (child.Name == RuleNames.Effect)
            {
                Effect = RuleText.TextOnly(child) is { } text ? RuleText.ParseEffect(text) : null;
                error = Effect is null ? "needs an Effect of Permit or Deny." : null;
            }
            else
            {
                var priority = RuleText.TextOnly(child) is { } text ? RuleText.ParseInt(text) : null;
                Priority = priority ?? 0;
                error = priority is null ? "needs a Priority that is a 32-bit integer." : null;
            }

            return error;
        }

        public string? Missing() =>
            Requestor is null ? "Requestor"
            : Targets is null ? "Target"
            : Operations.Count == 0 ? "Operation"
            : Effect is null ? "Effect"
            : null;
    }
}
