using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Raf.Data;

namespace GupSoap.Raf.Endpoints;

/// <summary>Checks shared by the Rp operations: resource identity, component type held here, data references.</summary>
internal static class RpRequestGuard
{
    public static RpFailure? CheckTarget(RafContext raf, RpComponentRequest request, out XName componentType)
    {
        componentType = XName.Get("none");
        if (ResourceIdRules.Check(request.ResourceId) is { } invalid)
        {
            return RpFailure.InvalidParameter(request.ResourceId is null ? StatusCodes.MissingResourceIDElement : StatusCodes.InvalidResourceID, invalid);
        }

        return CheckComponentType(raf, request.ComponentType, out componentType);
    }

    public static RpFailure? CheckComponentType(RafContext raf, XmlQualifiedName? type, out XName componentType)
    {
        componentType = XName.Get("none");
        if (type is null || type.IsEmpty)
        {
            return RpFailure.InvalidParameter(StatusCodes.InvalidObjectType, "ComponentType is required.");
        }

        componentType = XName.Get(type.Name, type.Namespace);
        return raf.Options.ComponentTypes.Contains(componentType)
            ? null
            : RpFailure.InvalidParameter(StatusCodes.UnsupportedObjectType, $"Component type '{type.Name}' ({Short(type.Namespace)}) is not held by RAF '{raf.Options.Name}'.");
    }

    /// <summary>Parses a Select and checks it stays inside <paramref name="componentType"/> (SECURITY.md X1–X5).</summary>
    public static (DataReference? Reference, RpFailure? Failure) ParseSelect(DataSelect? select, XName componentType)
    {
        if (select is null || select.Text.Length == 0)
        {
            return (null, RpFailure.InvalidParameter(StatusCodes.MissingSelect, "Select is required."));
        }

        var parsed = DataReferenceParser.Parse(select.Text, WellKnownPrefixes.After(select.LookupNamespace));
        if (!parsed.Success)
        {
            return (null, RpFailure.InvalidSelect(parsed.Error ?? "Invalid data reference."));
        }

        if (!DataReferenceWalker.MatchesComponent(componentType, parsed.Reference!))
        {
            return (null, RpFailure.InvalidSelect("The data reference points outside the requested component type."));
        }

        return (parsed.Reference, null);
    }

    public static RpFailure? CheckItemCount(RafContext raf, int count, string what)
    {
        if (count == 0)
        {
            return RpFailure.InvalidParameter(StatusCodes.EmptyRequest, $"At least one {what} is required.");
        }

        return count > raf.Options.MaxItemsPerRequest
            ? RpFailure.InvalidParameter(null, $"At most {raf.Options.MaxItemsPerRequest} {what} items per request.")
            : null;
    }

    public static DateTimeOffset AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => new DateTimeOffset(value, TimeSpan.Zero),
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    private static string Short(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
