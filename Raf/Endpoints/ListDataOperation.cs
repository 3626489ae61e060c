using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Data;

namespace GupSoap.Raf.Endpoints;

/// <summary>TS 23.240 §4.4.4 List Data: resources matching the criteria, paged by count/offset, with an end indication.</summary>
internal static class ListDataOperation
{
    public static async Task<ListDataResponse> HandleAsync(RafContext raf, ListDataRequest request, SoapRequestContext context)
    {
        var response = new ListDataResponse { TimeStamp = raf.Time.GetUtcNow().UtcDateTime, TimeStampSpecified = true };
        var count = request.CountSpecified ? request.Count : raf.Options.DefaultListCount;
        var failure = count < 1 || count > raf.Options.MaxListCount
            ? GupFailure.InvalidParameter(null, $"count must be between 1 and {raf.Options.MaxListCount}.")
            : request.Offset < 0 ? GupFailure.InvalidParameter(null, "offset must not be negative.") : null;
        var pattern = request.SearchCriteria?.ResourceIdPattern;
        if (failure is null && pattern is { Length: > Core.Gup.ResourceIdRules.MaxLength })
        {
            failure = GupFailure.InvalidParameter(null, "ResourceIDPattern is too long.");
        }

        var types = new List<XName>();
        foreach (var requested in request.SearchCriteria?.ComponentTypes ?? [])
        {
            if (failure is not null)
            {
                break;
            }

            failure = RpRequestGuard.CheckComponentType(raf, requested, out var type);
            types.Add(type);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        if (RafAccess.CheckAcrossResources(raf, context, types.Count > 0 ? types : raf.Options.ComponentTypes, AccessOperation.List) is { } denied)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        var page = await raf.Store.ListAsync(pattern, types, request.Offset, count, context.CancellationToken);
        response.Items = page.Resources.Select(r => new ListItem
        {
            ResourceId = new ResourceId { Value = r.ResourceId, Type = r.ResourceType },
            ComponentTypes = r.ComponentTypes.Select(t => new XmlQualifiedName(t.LocalName, t.NamespaceName)).ToArray(),
        }).ToArray();
        if (page.EndOfList)
        {
            response.EndOfList = true;
            response.EndOfListSpecified = true;
        }
        else
        {
            response.NextOffset = request.Offset + page.Resources.Count;
            response.NextOffsetSpecified = true;
        }

        if (response.Items.Length == 0)
        {
            response.Items = null;
        }

        response.Status = Status.Ok();
        return response;
    }
}
