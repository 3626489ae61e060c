using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using static GupSoap.Tests.Unit.Wsdl.ContractSampleParts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Populated Rg subscription contracts (Subscribe, Unsubscribe, Notify), one per named sample, for the checks against rg.xsd.</summary>
internal static class RgSubscriptionSamples
{
    public static object Create(string sample)
    {
        var scope = Scope();

        return sample switch
        {
            "Subscribe" => new SubscribeRequest
            {
                ResourceId = Alice(),
                RequestorData = Requestor(),
                NotifyTo = "https://app.example.net/notify",
                Selects = [new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", scope), new DataSelect("/gup:Profile/sub:SubscriberInfo/sub:MSISDN", scope)],
                ListSubscriptions = true,
                ListSubscriptionsSpecified = true,
                Filter = new SubscriptionFilter { InitialValues = true, MinInterval = 10, MinIntervalSpecified = true, Expires = At.AddDays(1), ExpiresSpecified = true },
            },
            "Subscribe.Minimal" => new SubscribeRequest { NotifyTo = "https://app.example.net/notify" },
            "Subscribe.FilterWithoutExpiry" => new SubscribeRequest { NotifyTo = "https://app.example.net/notify", Filter = new SubscriptionFilter() },
            "SubscribeResponse" => new SubscribeResponse { InvokeIds = ["s-1", "s-2"], TimeStamp = At, TimeStampSpecified = true },
            "SubscribeResponse.Failed" => new SubscribeResponse
            {
                Status = Status.Failed(StatusCodes.InvalidParameter, null, "A subscription needs Filter/@expires."),
            },
            "Unsubscribe" => new UnsubscribeRequest { ResourceId = Alice(), RequestorData = Requestor(), InvokeIds = ["s-1", "s-2"] },
            "UnsubscribeResponse" => new UnsubscribeResponse { TimeStamp = At, TimeStampSpecified = true },
            "Notify" => new NotifyRequest
            {
                ResourceId = Alice(),
                InvokeId = "s-1",
                NotificationId = "n-1",
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
                    new NotifiedData { Data = ValueContent.OfText(null, "phone"), Version = 5, ChangeTime = At },
                    new NotifiedData { Version = 6, ChangeTime = At },
                ],
            },
            "NotifyResponse" => new NotifyResponse(),
            _ => throw new ArgumentOutOfRangeException(nameof(sample)),
        };
    }
}
