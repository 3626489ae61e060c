using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using static GupSoap.Tests.Unit.Wsdl.ContractSampleParts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Populated Rg contracts, one per named sample, for the serialization checks against rg.xsd (subscriptions: <see cref="RgSubscriptionSamples"/>).</summary>
internal static class RgContractSamples
{
    private static readonly XNamespace Pres = Namespaces.Presence;

    public static object Create(string sample)
    {
        var presenceSettings = new XmlQualifiedName("PresenceSettings", Pres.NamespaceName);
        var scope = Scope();
        var component = Component();
        var failedItem = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.InvalidSelect, "Unknown prefix.");

        return sample switch
        {
            "Create" => new CreateRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                TargetRepository = "hss",
                Items =
                [
                    new CreateItem { ItemId = "1", ObjectType = SubscriberInfo, NewData = new AnyContent { Elements = [component] } },
                    new CreateItem { ObjectType = presenceSettings, NewData = new AnyContent { Elements = [new XElement(Pres + "PresenceSettings", new XElement(Pres + "Status", "open"))] } },
                ],
            },
            "Create.Minimal" => new CreateRequest { Items = [new CreateItem { ObjectType = SubscriberInfo, NewData = new AnyContent() }] },
            "CreateResponse" => new CreateResponse
            {
                Items = [new ItemResult { ItemIdRef = "1", Version = 1, VersionSpecified = true }, new ItemResult { Version = 1, VersionSpecified = true }],
                TimeStamp = At,
                TimeStampSpecified = true,
            },
            "CreateResponse.Failed" => new CreateResponse
            {
                Status = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready, "The profile already has a SubscriberInfo component."),
            },
            "Delete" => new DeleteRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                Items =
                [
                    new DeleteItem { ItemId = "1", ObjectType = SubscriberInfo, NotChangedSince = At, NotChangedSinceSpecified = true },
                    new DeleteItem { ObjectType = presenceSettings },
                ],
            },
            "Delete.WholeProfile" => new DeleteRequest { ResourceId = Alice() },
            "DeleteResponse" => new DeleteResponse { TimeStamp = At, TimeStampSpecified = true },
            "Modify" => new ModifyRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                Items =
                [
                    new ModifyItem
                    {
                        ItemId = "1",
                        OverrideAllowed = true,
                        NotChangedSince = At,
                        NotChangedSinceSpecified = true,
                        Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope),
                        NewData = new ValueContent { Elements = [new XElement(Sub + "DisplayName", "Alice B.")] },
                    },
                    new ModifyItem { ItemId = "2", Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:MSISDN[2]", scope) },
                    new ModifyItem { ItemId = "3", Select = new DataSelect("/gup:Profile/pres:PresenceSettings/pres:Device[1]/@id", scope), NewData = new ValueContent { Value = "phone" } },
                ],
            },
            "ModifyResponse" => new ModifyResponse
            {
                Status = new Status { Code = StatusCodes.Partial, Details = [new Status { Code = StatusCodes.InvalidParameter, Ref = "2" }] },
                Items = [new ItemResult { ItemIdRef = "1", Version = 9, VersionSpecified = true }, new ItemResult { ItemIdRef = "2", Status = failedItem }],
                TimeStamp = At,
                TimeStampSpecified = true,
            },
            "List" => new ListRequest
            {
                RequestorData = Requestor(),
                SearchCriteria = new ListCriteria { ResourceIdPattern = "sip:*", ComponentTypes = [SubscriberInfo, presenceSettings] },
                Count = 50,
                CountSpecified = true,
                Offset = 100,
            },
            "List.Empty" => new ListRequest(),
            "ListResponse" => new ListResponse
            {
                Items =
                [
                    new ProfileListItem { ResourceId = Alice(), ComponentTypes = [SubscriberInfo] },
                    new ProfileListItem { ResourceId = new ResourceId { Value = "group:fleet-1", Type = "generic" }, ComponentTypes = [SubscriberInfo, new XmlQualifiedName("LcsPrivacy", Namespaces.Lcs)] },
                ],
                EndOfList = true,
                EndOfListSpecified = true,
                NextOffset = 2,
                NextOffsetSpecified = true,
                TimeStamp = At,
                TimeStampSpecified = true,
            },
            "ListResponse.MorePages" => new ListResponse
            {
                Items = [new ProfileListItem { ResourceId = Alice(), ComponentTypes = [presenceSettings] }],
                NextOffset = 1,
                NextOffsetSpecified = true,
            },
            "Query" => new QueryRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                Items =
                [
                    new QueryItem { ItemId = "a", Select = new DataSelect("/", scope) },
                    new QueryItem { ItemId = "b", Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:Language", scope), ChangedSince = At, ChangedSinceSpecified = true },
                ],
            },
            "QueryResponse" => new QueryResponse
            {
                Data =
                [
                    new QueryData { ItemIdRef = "a", Elements = [new XElement(XName.Get("Profile", Namespaces.Gup), new XAttribute("resourceID", "sip:alice@example.org"), component)] },
                    new QueryData { ItemIdRef = "b", Version = 3, VersionSpecified = true, ChangeTime = At, ChangeTimeSpecified = true, Text = "en", Value = "en" },
                ],
                TimeStamp = At,
                TimeStampSpecified = true,
            },
            _ => RgSubscriptionSamples.Create(sample),
        };
    }
}
