using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Data;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// TS 23.240 §4.4.3 Modify Data: every modification of the request is applied to one copy of the component (of a
/// multi-instance type: of the one instance it addresses), the result validated, and stored as one new version — or
/// nothing is stored (Rp is all or nothing per request).
/// </summary>
internal static class ModifyDataOperation
{
    public static async Task<ModifyDataResponse> HandleAsync(RafContext raf, ModifyDataRequest request, SoapRequestContext context)
    {
        var now = raf.Time.GetUtcNow();
        var response = new ModifyDataResponse { TimeStamp = now.UtcDateTime, TimeStampSpecified = true };
        var modifications = request.Modifications ?? [];
        var failure = RpRequestGuard.CheckTarget(raf, request, out var type)
            ?? RpRequestGuard.CheckItemCount(raf, modifications.Length, "Modification");
        var references = new List<DataReference>(modifications.Length);
        foreach (var modification in modifications)
        {
            if (failure is not null)
            {
                break;
            }

            var (reference, selectFailure) = RpRequestGuard.ParseSelect(modification.Select, type);
            failure = selectFailure is null ? null : Itemised(selectFailure, modification);
            references.Add(reference!);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var resourceId = request.ResourceId!.Value;
        if (await RafAccess.CheckWriteAsync(raf, context, resourceId, type, RpOperations.ModifyData, AccessOperation.Modify, references) is { } denied)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        var (writeFailure, version) = await raf.Store.WriteAsync(
            session => InstanceModifications.ApplyAsync(raf, session, resourceId, type, modifications, references, now), context.Simulate, context.CancellationToken);

        if (writeFailure is not null)
        {
            response.Status = writeFailure.ToStatus();
            return response;
        }

        response.Version = version;
        return response;
    }

    /// <summary>Names the failing modification in the comment and as <c>ref</c>, so a client knows which item failed.</summary>
    internal static GupFailure Itemised(GupFailure failure, Modification modification) =>
        modification.ItemId is { } id ? failure with { Comment = $"Modification '{Short(id)}': {failure.Comment}" } : failure;

    private static string Short(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
