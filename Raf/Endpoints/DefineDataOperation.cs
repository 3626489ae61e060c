using System.Xml.Linq;
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
/// TS 23.240 §4.4.9 Define Data: new simple-typed elements under an existing element of a component type, stored in
/// the repository and applied to every later Create and Modify of that type.
/// </summary>
internal static class DefineDataOperation
{
    private const int MaxOccursLimit = 1000;

    public static async Task<DefineDataResponse> HandleAsync(RafContext raf, DefineDataRequest request, SoapRequestContext context)
    {
        var now = raf.Time.GetUtcNow();
        var response = new DefineDataResponse { TimeStamp = now.UtcDateTime, TimeStampSpecified = true };
        var definitions = request.Definitions ?? [];
        var failure = RpRequestGuard.CheckComponentType(raf, request.ComponentType, out var type)
            ?? RpRequestGuard.CheckItemCount(raf, definitions.Length, "Definition");
        var accepted = new List<StoredDefinition>();
        foreach (var definition in definitions)
        {
            if (failure is not null)
            {
                break;
            }

            (var stored, failure) = Check(raf.Options.Schemas, definition, type);
            accepted.Add(stored!);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        // Extending a type's schema changes it for every subscriber: an operator decision.
        if (RafAccess.CheckAcrossResources(raf, context, [type], AccessOperation.Modify) is { } denied)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        failure = await raf.Store.WriteAsync(async session =>
        {
            var existing = await session.GetDefinitionsAsync(type);
            foreach (var definition in accepted)
            {
                if (existing.Any(e => e.Name == definition.Name && e.ParentSelect == definition.ParentSelect)
                    || accepted.Count(a => a.Name == definition.Name && a.ParentSelect == definition.ParentSelect) > 1)
                {
                    return WriteOutcome.RolledBack<GupFailure?>(new GupFailure(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready,
                        $"Element '{definition.Name.LocalName}' is already defined there."));
                }

                await session.AddDefinitionAsync(definition, now);
            }

            return WriteOutcome.Committed<GupFailure?>(null);
        }, context.Simulate, context.CancellationToken);

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
        }

        return response;
    }

    private static (StoredDefinition?, GupFailure?) Check(SchemaRegistry schemas, ElementDefinition definition, XName componentType)
    {
        if (definition.Name is null || definition.Name.IsEmpty)
        {
            return (null, GupFailure.InvalidParameter(null, "Definition needs a Name."));
        }

        var name = XName.Get(definition.Name.Name, definition.Name.Namespace);
        if (schemas.IsComponentType(name))
        {
            return (null, GupFailure.InvalidParameter(null, "A component root cannot be redefined."));
        }

        var simpleType = definition.Type is null ? null : XName.Get(definition.Type.Name, definition.Type.Namespace);
        if (simpleType is null || !schemas.IsSupportedSimpleType(simpleType))
        {
            return (null, GupFailure.InvalidParameter(null, "Type must be an XML Schema built-in simple type such as xs:string, xs:int, xs:boolean."));
        }

        if (definition.MaxOccurs is < 1 or > MaxOccursLimit)
        {
            return (null, GupFailure.InvalidParameter(null, $"maxOccurs must be between 1 and {MaxOccursLimit}."));
        }

        var (reference, selectFailure) = RpRequestGuard.ParseSelect(definition.Parent, componentType);
        if (selectFailure is not null)
        {
            return (null, selectFailure);
        }

        if (reference!.TargetsAttribute)
        {
            return (null, GupFailure.InvalidSelect("Parent must select an element."));
        }

        var parent = definition.Parent!;
        return (new StoredDefinition(componentType, name, simpleType, parent.Text,
            new Dictionary<string, string>(parent.Namespaces, StringComparer.Ordinal), definition.MaxOccurs), null);
    }
}
