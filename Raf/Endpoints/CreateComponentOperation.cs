using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// TS 23.240 §4.4.1 / TS 29.240 §8.2.1 Create Component: validate the document, refuse an existing one, store version 1.
/// For a type with several documents per resource, "existing" means the same instance id (ARCHITECTURE.md "Data model").
/// </summary>
internal static class CreateComponentOperation
{
    public static async Task<CreateComponentResponse> HandleAsync(RafContext raf, CreateComponentRequest request, SoapRequestContext context)
    {
        var now = raf.Time.GetUtcNow();
        var response = new CreateComponentResponse { TimeStamp = now.UtcDateTime, TimeStampSpecified = true };
        var failure = RpRequestGuard.CheckTarget(raf, request, out var type);
        var elements = request.NewData?.Elements ?? [];
        if (failure is null && elements.Length == 0)
        {
            failure = GupFailure.InvalidParameter(StatusCodes.MissingNewDataElement, "NewData must hold the component document.");
        }
        else if (failure is null && (elements.Length > 1 || elements[0].Name != type))
        {
            failure = GupFailure.InvalidParameter(StatusCodes.InvalidObjectType, "NewData must hold exactly one element named like ComponentType.");
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var document = elements[0];
        var instanceId = ComponentInstance.IdOf(document);
        if (instanceId is null)
        {
            response.Status = GupFailure.InvalidData($"A {type.LocalName} document needs its {ComponentTypeNames.InstanceKey(type)} attribute: it names the document among the resource's others.").ToStatus();
            return response;
        }

        // A new instance starts at version 1 whatever the writer put there (the document tells its own version).
        ComponentInstance.Stamp(document, 1);
        var resource = request.ResourceId!;
        if (await RafAccess.CheckWriteAsync(raf, context, resource.Value!, type, RpOperations.CreateComponent, AccessOperation.Create, [null]) is { } denied)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        var result = await raf.Store.WriteAsync(async session =>
        {
            var invalid = raf.Validator.Validate(document, await session.GetDefinitionsAsync(type));
            if (invalid is not null)
            {
                return WriteOutcome.RolledBack<(GupFailure?, StoredComponent?)>((invalid, null));
            }

            if (await session.GetAsync(resource.Value, type, instanceId) is not null)
            {
                return WriteOutcome.RolledBack<(GupFailure?, StoredComponent?)>((new GupFailure(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready,
                    instanceId.Length == 0 ? "The resource already has a component of this type." : $"The resource already has the {type.LocalName} '{Short(instanceId)}'."), null));
            }

            var stored = await session.InsertAsync(resource.Value, resource.Type, type, ComponentDocument.Save(document), now);
            return WriteOutcome.Committed<(GupFailure?, StoredComponent?)>((null, stored));
        }, context.Simulate, context.CancellationToken);

        if (result.Item1 is { } writeFailure)
        {
            response.Status = writeFailure.ToStatus();
            return response;
        }

        response.Version = result.Item2!.Version;
        return response;
    }

    private static string Short(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
