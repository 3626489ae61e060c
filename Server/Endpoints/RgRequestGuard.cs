using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Charging;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Server.ResponseHandling;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// Checks every Rg operation makes before any repository is asked (TS 23.240 §4.3.9: an invalid request is refused
/// whole): resource identity, item counts and ids, component types some RAF holds, data references that route.
/// </summary>
internal static class RgRequestGuard
{
    /// <summary>The checks every item-carrying Rg request starts with: resource identity, item count, distinct itemIDs.</summary>
    public static GupFailure? CheckRequest(RgContext rg, ResourceId? resourceId, IReadOnlyList<string?> itemIds, string what, bool allowNone = false) =>
        CheckResource(resourceId) ?? CheckItems(rg, itemIds.Count, what, allowNone) ?? CheckItemIds(itemIds, what);

    /// <summary>Reads every item's Select into a routed target; the first refusal names its item.</summary>
    public static (RgTarget[] Targets, GupFailure? Failure) Targets(RgContext rg, IReadOnlyList<(DataSelect? Select, string? ItemId)> items, string what, bool allowWholeProfile)
    {
        var targets = new RgTarget[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var (target, failure) = Target(rg, items[i].Select, allowWholeProfile);
            if (failure is not null)
            {
                return ([], Itemised(failure, what, ItemOutcome.RefOf(items[i].ItemId, i)));
            }

            targets[i] = target!;
        }

        return (targets, null);
    }

    public static GupFailure? CheckResource(ResourceId? resourceId) =>
        ResourceIdRules.Check(resourceId) is { } invalid
            ? GupFailure.InvalidParameter(resourceId is null ? StatusCodes.MissingResourceIDElement : StatusCodes.InvalidResourceID, invalid)
            : null;

    public static GupFailure? CheckItems(RgContext rg, int count, string what, bool allowNone = false)
    {
        if (count == 0 && !allowNone)
        {
            return GupFailure.InvalidParameter(StatusCodes.EmptyRequest, $"At least one {what} is required.");
        }

        return count > rg.Options.MaxItemsPerRequest
            ? GupFailure.InvalidParameter(null, $"At most {rg.Options.MaxItemsPerRequest} {what} items per request.")
            : null;
    }

    public static GupFailure? CheckItemIds(IEnumerable<string?> itemIds, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return itemIds.Any(id => id is not null && !seen.Add(id))
            ? GupFailure.InvalidParameter(StatusCodes.ItemIDDuplicated, $"Two {what}s share an itemID.")
            : null;
    }

    /// <summary>The component type named by an <c>objectType</c>, when some RAF holds it.</summary>
    public static (XName? Type, GupFailure? Failure) ComponentType(RgContext rg, XmlQualifiedName? objectType)
    {
        if (objectType is null || objectType.IsEmpty)
        {
            return (null, GupFailure.InvalidParameter(StatusCodes.InvalidObjectType, "objectType is required."));
        }

        var type = XName.Get(objectType.Name, objectType.Namespace);
        ChargingScope.Current?.AddComponentType(type);
        return rg.Directory.IsKnown(type) ? (type, null) : (null, Unsupported(type));
    }

    /// <summary>Parses a Select and finds the component it routes to; the whole profile only where <paramref name="allowWholeProfile"/>.</summary>
    public static (RgTarget? Target, GupFailure? Failure) Target(RgContext rg, DataSelect? select, bool allowWholeProfile)
    {
        var (reference, failure) = DataSelectReader.Read(select);
        if (failure is not null)
        {
            return (null, failure);
        }

        if (reference!.IsWholeProfile)
        {
            return allowWholeProfile
                ? (new RgTarget(reference, null), null)
                : (null, GupFailure.InvalidSelect("This operation needs a data reference inside one component, not the whole profile."));
        }

        if (reference.ComponentStep!.Name is not { } type)
        {
            return (null, GupFailure.InvalidSelect("The first step below gup:Profile must name a component type, not '*'."));
        }

        ChargingScope.Current?.AddComponentType(type);
        return rg.Directory.IsKnown(type) ? (new RgTarget(reference, type), null) : (null, Unsupported(type));
    }

    public static GupFailure Itemised(GupFailure failure, string what, string reference) =>
        failure with { Comment = $"{what} '{SoapFaults.Truncate(reference)}': {failure.Comment}" };

    private static GupFailure Unsupported(XName type) =>
        GupFailure.InvalidParameter(StatusCodes.UnsupportedObjectType,
            $"No repository holds component type '{SoapFaults.Truncate(type.LocalName)}' ({SoapFaults.Truncate(type.NamespaceName)}).");
}
