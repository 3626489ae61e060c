using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using static GupSoap.Tests.Unit.Wsdl.ContractSampleParts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Populated Rp subscription contracts (SubscribeToData, UnsubscribeToData, NotifyData), one per named sample, for the checks against rp.xsd.</summary>
internal static class RpSubscriptionSamples
{
    public static object Create(string sample)
    {
        var scope = Scope();

        return sample switch
        {
            "SubscribeToData" => new SubscribeToDataRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                ComponentType = SubscriberInfo,
                NotifyTo = "https://gup.example.net/rp-notify",
                Selects = [new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope)],
                ListSubscriptions = false,
                ListSubscriptionsSpecified = true,
                Filter = new SubscriptionFilter { MinInterval = 0, MinIntervalSpecified = true, Expires = At.AddHours(1), ExpiresSpecified = true },
            },
            "SubscribeToData.Minimal" => new SubscribeToDataRequest { ComponentType = SubscriberInfo, NotifyTo = "https://gup.example.net/rp-notify" },
            "SubscribeToDataResponse" => new SubscribeToDataResponse { InvokeIds = ["r-1"], TimeStamp = At, TimeStampSpecified = true },
            "SubscribeToDataResponse.Failed" => new SubscribeToDataResponse
            {
                Status = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.InvalidSelect, "Unknown prefix."),
            },
            "UnsubscribeToData" => new UnsubscribeToDataRequest { RequestorData = Requestor(), InvokeIds = ["r-1"] },
            "UnsubscribeToDataResponse" => new UnsubscribeToDataResponse { TimeStamp = At, TimeStampSpecified = true },
            "NotifyData" => new NotifyDataRequest
            {
                ResourceId = Alice(),
                ComponentType = SubscriberInfo,
                InvokeId = "r-1",
                NotificationId = "r-1-7",
                ChangeType = "modified",
                TimeStamp = At,
                Items =
                [
                    new NotifiedData
                    {
                        Select = new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope),
                        Data = new ValueContent { Elements = [new XElement(Sub + "DisplayName", "Alice B.")] },
                        Version = 4,
                        ChangeTime = At,
                    },
                    new NotifiedData { Data = ValueContent.OfText(null, "en"), Version = 4, ChangeTime = At },
                ],
            },
            "NotifyData.Initial" => new NotifyDataRequest
            {
                ComponentType = SubscriberInfo,
                InvokeId = "r-1",
                NotificationId = "r-1-1",
                ChangeType = "initial",
                TimeStamp = At,
                Items = [new NotifiedData { Data = new ValueContent { Elements = [Component()] }, Version = 3, ChangeTime = At }],
            },
            "NotifyDataResponse" => new NotifyDataResponse(),
            _ => throw new ArgumentOutOfRangeException(nameof(sample)),
        };
    }
}
