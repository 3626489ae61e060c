using System.Xml.Linq;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Raf.Endpoints;
using GupSoap.Schemas;
using GupSoap.Server.Authorization;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// Takes back what one Create item made when the Create as a whole fails (TS 23.240 §4.3.9): the component, or of a
/// multi-instance type only the instance the item named (Modify Data on its root without NewData), so the resource's
/// other instances stay (ARCHITECTURE.md "Data model").
/// </summary>
internal static class CreatedComponentRemoval
{
    public static async Task<GupFailure?> RemoveAsync(RgAccess access, RgRequest request, XName type, RafEndpoint raf, XElement document)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(document);
        if (ComponentInstance.IsMultiInstance(type) && ComponentInstance.IdOf(document) is { } instanceId)
        {
            var removed = await access.SendAsync<ModifyDataResponse>(raf, RpOperations.ModifyData, RgTarget.Addressed(request, type, new ModifyDataRequest
            {
                Modifications = [new Modification { Select = InstanceSelects.RootOf(type, instanceId), OverrideAllowed = true }],
            }), simulate: false, CancellationToken.None);
            return removed.Failure;
        }

        var deleted = await access.SendAsync<DeleteComponentResponse>(raf, RpOperations.DeleteComponent, RgTarget.Addressed(request, type, new DeleteComponentRequest()), simulate: false, CancellationToken.None);
        return deleted.Failure;
    }
}
