using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Xml;
using GupSoap.Raf.Endpoints;
using GupSoap.Schemas;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Recovery;

/// <summary>What rolling back one part found and did; <see cref="Retry"/> when its RAF could not tell now.</summary>
internal enum PartOutcome
{
    Absent,
    Removed,
    Kept,
    Restored,
    Retry,
}

/// <summary>
/// The Rp steps that roll one part of an unfinished write back (TS 23.240 §4.3.9), as the GUP Server itself: a created
/// document is deleted only while it is still the version 1 its create made, written before the intent's decision
/// time (so a later legitimate write is never destroyed); a deleted document is created again only where it is gone.
/// </summary>
internal sealed class IntentRollback(RgContext rg, XmlLimits limits)
{
    /// <summary>Removes what a Create made of this part, if it is still as made.</summary>
    public async Task<PartOutcome> RemoveCreatedAsync(WriteIntent intent, IntentPart part, RafEndpoint raf, TimeSpan clockSkew, CancellationToken cancellationToken)
    {
        var select = InstanceSelects.RootOf(part.ComponentType, part.InstanceId);
        var read = await SendAsync<ReadDataResponse>(raf, RpOperations.ReadData, intent, part.ComponentType,
            new ReadDataRequest { Items = [new ReadItem { ItemId = "i", Select = select }] }, cancellationToken);
        if (read.Failure is { Detail: StatusCodes.DoesNotExist })
        {
            return PartOutcome.Absent;
        }

        if (read.Failure is not null || read.Response?.Data?.FirstOrDefault() is not { Elements.Length: > 0 } data)
        {
            return read.Failure is null ? PartOutcome.Absent : PartOutcome.Retry;
        }

        if (data.Version != 1 || Core.Gup.WireTime.ToUtcOffset(data.ChangeTime) > intent.DecideBy + clockSkew)
        {
            return PartOutcome.Kept;
        }

        var removal = ComponentInstance.IsMultiInstance(part.ComponentType)
            ? (await SendAsync<ModifyDataResponse>(raf, RpOperations.ModifyData, intent, part.ComponentType, new ModifyDataRequest
            {
                Modifications = [new Modification { Select = select, OverrideAllowed = true, NotChangedSince = data.ChangeTime, NotChangedSinceSpecified = true }],
            }, cancellationToken)).Failure
            : (await SendAsync<DeleteComponentResponse>(raf, RpOperations.DeleteComponent, intent, part.ComponentType,
                new DeleteComponentRequest { NotChangedSince = data.ChangeTime, NotChangedSinceSpecified = true }, cancellationToken)).Failure;
        return removal switch
        {
            null or { Detail: StatusCodes.DoesNotExist } => PartOutcome.Removed,
            { Detail: StatusCodes.ModifiedSince } => PartOutcome.Kept,
            _ => PartOutcome.Retry,
        };
    }

    /// <summary>Creates the document a Delete removed again, where it is gone (its version starts over).</summary>
    public async Task<PartOutcome> RestoreDeletedAsync(WriteIntent intent, IntentPart part, RafEndpoint raf, CancellationToken cancellationToken)
    {
        var loaded = SafeXmlLoader.Load(part.Document ?? "", limits);
        if (!loaded.Success)
        {
            throw new InvalidDataException($"The journalled copy of {part.ComponentType.LocalName} is unreadable: {loaded.Error}");
        }

        var created = await SendAsync<CreateComponentResponse>(raf, RpOperations.CreateComponent, intent, part.ComponentType,
            new CreateComponentRequest { NewData = new AnyContent { Elements = [loaded.Document!.Root!] } }, cancellationToken);
        return created.Failure switch
        {
            null => PartOutcome.Restored,
            { Detail: StatusCodes.ExistsAlready } => PartOutcome.Kept,
            _ => PartOutcome.Retry,
        };
    }

    /// <summary>Whether the resource still holds any document of the type at that RAF (a placement pointing at nothing is forgotten).</summary>
    public async Task<bool?> HoldsAnyAsync(WriteIntent intent, XName type, RafEndpoint raf, CancellationToken cancellationToken)
    {
        var read = await SendAsync<ReadDataResponse>(raf, RpOperations.ReadData, intent, type, new ReadDataRequest { Items = [ComponentRead.WholeComponentReadItem(type)] }, cancellationToken);
        return read.Failure switch
        {
            null => true,
            { Detail: StatusCodes.DoesNotExist } => false,
            _ => null,
        };
    }

    private Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, WriteIntent intent, XName type, RpComponentRequest request, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        request.ResourceId = new ResourceId { Value = intent.ResourceId, Type = intent.ResourceType };
        request.ComponentType = RgTarget.QName(type);
        return rg.Rp.SendAsync<TResponse>(raf, operation, request, simulate: false, rg.System, cancellationToken);
    }
}
