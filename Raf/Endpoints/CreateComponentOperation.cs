using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Endpoints;

/// <summary>TS 23.240 §4.4.1 / TS 29.240 §8.2.1 Create Component: validate the document, refuse an existing one, store version 1.</summary>
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

            if (await session.GetAsync(resource.Value, type) is not null)
            {
                return WriteOutcome.RolledBack<(GupFailure?, StoredComponent?)>((
                    new GupFailure(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready, "The resource already has a component of this type."), null));
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
}
