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
    public static GupFailure? CheckTarget(RafContext raf, RpComponentRequest request, out XName componentType)
    {
        componentType = XName.Get("none");
        if (ResourceIdRules.Check(request.ResourceId) is { } invalid)
        {
            return GupFailure.InvalidParameter(request.ResourceId is null ? StatusCodes.MissingResourceIDElement : StatusCodes.InvalidResourceID, invalid);
        }

        return CheckComponentType(raf, request.ComponentType, out componentType);
    }

    public static GupFailure? CheckComponentType(RafContext raf, XmlQualifiedName? type, out XName componentType)
    {
        componentType = XName.Get("none");
        if (type is null || type.IsEmpty)
        {
            return GupFailure.InvalidParameter(StatusCodes.InvalidObjectType, "ComponentType is required.");
        }

        componentType = XName.Get(type.Name, type.Namespace);
        return raf.Options.ComponentTypes.Contains(componentType)
            ? null
            : GupFailure.InvalidParameter(StatusCodes.UnsupportedObjectType, $"Component type '{type.Name}' ({Short(type.Namespace)}) is not held by RAF '{raf.Options.Name}'.");
    }

    /// <summary>Parses a Select and checks it stays inside <paramref name="componentType"/> (SECURITY.md X1–X5).</summary>
    public static (DataReference? Reference, GupFailure? Failure) ParseSelect(DataSelect? select, XName componentType)
    {
        var (reference, failure) = DataSelectReader.Read(select);
        if (failure is not null)
        {
            return (null, failure);
        }

        return DataReferenceWalker.MatchesComponent(componentType, reference!)
            ? (reference, null)
            : (null, GupFailure.InvalidSelect("The data reference points outside the requested component type."));
    }

    public static GupFailure? CheckItemCount(RafContext raf, int count, string what)
    {
        if (count == 0)
        {
            return GupFailure.InvalidParameter(StatusCodes.EmptyRequest, $"At least one {what} is required.");
        }

        return count > raf.Options.MaxItemsPerRequest
            ? GupFailure.InvalidParameter(null, $"At most {raf.Options.MaxItemsPerRequest} {what} items per request.")
            : null;
    }

    private static string Short(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
