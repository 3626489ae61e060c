using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using static GupSoap.Tests.Unit.Wsdl.ContractSampleParts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Populated Rp contracts, one per named sample, for the serialization checks against rp.xsd (subscriptions: <see cref="RpSubscriptionSamples"/>).</summary>
internal static class RpContractSamples
{
    private static readonly XNamespace Pres = "urn:3gpp:gup:2006-08:presence";

    public static object Create(string sample)
    {
        var scope = Scope();
        var component = Component();

        return sample switch
        {
            "CreateComponent" => new CreateComponentRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = SubscriberInfo,
                NewData = new AnyContent { Elements = [component] },
            },
            "CreateComponent.Minimal" => new CreateComponentRequest { ComponentType = SubscriberInfo, NewData = new AnyContent() },
            "CreateComponentResponse" => new CreateComponentResponse { Version = 1, TimeStamp = At, TimeStampSpecified = true },
            "CreateComponentResponse.Failed" => new CreateComponentResponse
            {
                Status = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.InvalidData, "/SubscriberInfo: incomplete"),
            },
            "DeleteComponent" => new DeleteComponentRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = SubscriberInfo,
                NotChangedSince = At,
                NotChangedSinceSpecified = true,
            },
            "DeleteComponentResponse" => new DeleteComponentResponse { TimeStamp = At, TimeStampSpecified = true },
            "ModifyData" => new ModifyDataRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = SubscriberInfo,
                Modifications =
                [
                    new Modification
                    {
                        ItemId = "1",
                        OverrideAllowed = true,
                        NotChangedSince = At,
                        NotChangedSinceSpecified = true,
                        Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope),
                        NewData = new ValueContent { Elements = [new XElement(Sub + "DisplayName", "Alice B.")] },
                    },
                    new Modification { Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:MSISDN[2]", scope) },
                    new Modification { Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/@lang", scope), NewData = new ValueContent { Value = "en" } },
                ],
            },
            "ModifyDataResponse" => new ModifyDataResponse { Version = 9, TimeStamp = At, TimeStampSpecified = true },
            "ListData" => new ListDataRequest
            {
                RequestorData = Requestor(),
                SearchCriteria = new SearchCriteria { ResourceIdPattern = "sip:*", ComponentTypes = [SubscriberInfo, new XmlQualifiedName("PresenceSettings", Pres.NamespaceName)] },
                Count = 50,
                CountSpecified = true,
                Offset = 100,
            },
            "ListData.Empty" => new ListDataRequest(),
            "ListDataResponse" => new ListDataResponse
            {
                Items =
                [
                    new ListItem { ResourceId = Alice(), ComponentTypes = [SubscriberInfo] },
                    new ListItem { ResourceId = new ResourceId { Value = "group:fleet-1", Type = "generic" }, ComponentTypes = [SubscriberInfo, new XmlQualifiedName("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs")] },
                ],
                EndOfList = true,
                EndOfListSpecified = true,
                NextOffset = 2,
                NextOffsetSpecified = true,
                TimeStamp = At,
                TimeStampSpecified = true,
            },
            "ReadData" => new ReadDataRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = SubscriberInfo,
                Items =
                [
                    new ReadItem { ItemId = "a", Select = new DataSelect("/gup:Profile/sub:SubscriberInfo", scope) },
                    new ReadItem { Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:Language", scope) },
                ],
            },
            "ReadDataResponse" => new ReadDataResponse
            {
                Data =
                [
                    new ItemData { ItemIdRef = "a", Version = 3, ChangeTime = At, Elements = [component] },
                    new ItemData { Version = 3, ChangeTime = At, Text = "en", Value = "en" },
                ],
                TimeStamp = At,
                TimeStampSpecified = true,
            },
            "DefineData" => new DefineDataRequest
            {
                RequestorData = Requestor(),
                ComponentType = SubscriberInfo,
                Definitions =
                [
                    new ElementDefinition
                    {
                        Name = new XmlQualifiedName("Nickname", "urn:example:ext"),
                        Type = new XmlQualifiedName("string", XmlSchema.Namespace),
                        Parent = new DataSelect("/gup:Profile/sub:SubscriberInfo", scope),
                        MaxOccurs = 2,
                    },
                ],
            },
            "DefineDataResponse" => new DefineDataResponse { Status = Status.Failed(StatusCodes.InvalidParameter, null, "Type must be a built-in simple type.") },
            _ => RpSubscriptionSamples.Create(sample),
        };
    }
}
