using System.Security.Claims;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// A subscriber's merged profile component by component (TS 23.240 §4.3.5 Query in proxy mode), read through the
/// GUP Server's own path: the locator, the profile's rules (<see cref="RgAccess"/>), each RAF over the Rp client, and
/// the privacy filter, all for the console requestor. Absent components are left out.
/// </summary>
internal sealed class SubscriberView(RgContext rg, ConsoleOptions options)
{
    public async Task<(IReadOnlyList<ComponentView> Components, string? Problem)> ReadAsync(ClaimsPrincipal user, string resourceId, CancellationToken cancellationToken)
    {
        var resource = new ResourceId { Value = resourceId };
        if (RgRequestGuard.CheckResource(resource) is { } invalid)
        {
            return ([], invalid.Comment);
        }

        using var deadline = rg.StartDeadline(cancellationToken);
        var who = ConsoleRequestor.For(options, user, resourceId);
        var locations = await rg.Locator.ForResourceAsync(resourceId, cancellationToken);
        var (access, refused) = await RgAccess.LoadAsync(rg, who, resource, locations, deadline.Token);
        if (access is null)
        {
            return ([], refused!.Comment);
        }

        var reads = locations.All().Select(async placed =>
        {
            if (access.Refusal(AccessOperation.Query, placed.Type, null) is { } refusal && access.Policy.Decide(who, AccessOperation.Query, placed.Type, null) == AccessDecision.Deny)
            {
                return new ComponentView(placed.Type, placed.Raf.Name, [], 0, null, refusal.Comment);
            }

            var request = new ReadDataRequest { ResourceId = resource, ComponentType = RgTarget.QName(placed.Type), Items = [ComponentRead.WholeComponentReadItem(placed.Type)] };
            var result = await access.SendAsync<ReadDataResponse>(placed.Raf, RpOperations.ReadData, request, simulate: false, deadline.Token);
            if (result.Failure is { } failure)
            {
                return failure.Detail == StatusCodes.DoesNotExist ? null : new ComponentView(placed.Type, placed.Raf.Name, [], 0, null, failure.Comment);
            }

            var data = result.Response?.Data?.FirstOrDefault();
            var visible = (data?.Elements ?? []).Select(e => access.Policy.FilterComponent(who, AccessOperation.Query, e)).OfType<System.Xml.Linq.XElement>().ToList();
            return data is null ? null : new ComponentView(placed.Type, placed.Raf.Name, visible, data.Version,
                data.ChangeTime == default ? null : new DateTimeOffset(DateTime.SpecifyKind(data.ChangeTime, DateTimeKind.Utc)), null);
        });
        var components = await Task.WhenAll(reads);
        return ([.. components.OfType<ComponentView>()], null);
    }
}
