using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Security;
using GupSoap.Server.Demo;
using GupSoap.Server.Mcptt;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Unit.Wsdl.ContractSampleParts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Populated MCPTT CM contracts, one per named sample, for the serialization checks against cm.xsd.</summary>
internal static class CmContractSamples
{
    private const string Alice = "sip:alice@example.org";

    private static readonly Lazy<SigningCredentials> Key = new(() => new SigningCredentials(SecurityTokens.NewKey("CN=cm-samples"), "urn:gupsoap:gup-server"));

    private static UserProfileDocument Document(bool signed) => new()
    {
        Document = signed ? ProfileSignature.Sign(DemoMcpttProfiles.For(Alice).First(), 3, Key.Value) : DemoMcpttProfiles.For(Alice).Last(),
    };

    public static object Create(string sample) => sample switch
    {
        "GetUserProfile" => new GetUserProfileRequest { McpttId = Alice, ProfileId = "1", UeVersion = "2", DesiredVersion = "latest", DeviceId = "handset-1" },
        "GetUserProfile.Minimal" => new GetUserProfileRequest { McpttId = Alice, ProfileId = "1" },
        "GetUserProfile.None" => new GetUserProfileRequest { McpttId = Alice, ProfileId = "mutual-aid", UeVersion = CmVersionTokens.None, DesiredVersion = "4" },
        "GetUserProfileResponse.Profile" => new GetUserProfileResponse { Profile = Document(signed: true), TimeStamp = At, TimeStampSpecified = true },
        "GetUserProfileResponse.Synchronized" => new GetUserProfileResponse { Synchronized = new VersionMark { Version = 3 } },
        "GetUserProfileResponse.UploadRequested" => new GetUserProfileResponse { UploadRequested = new VersionMark { Version = 3 } },
        "GetUserProfileResponse.Failed" => new GetUserProfileResponse { Status = Status.Failed(StatusCodes.InvalidParameter, null, "Version 9 never existed.") },
        "UploadUserProfile" => new UploadUserProfileRequest { McpttId = Alice, ProfileId = "3", BaseVersion = 2, DeviceId = "handset-1", Profile = Document(signed: false) },
        "UploadUserProfile.SignedCopy" => new UploadUserProfileRequest { McpttId = Alice, ProfileId = "1", BaseVersion = 3, Profile = Document(signed: true) },
        "UploadUserProfileResponse" => new UploadUserProfileResponse { Version = 4, VersionSpecified = true, TimeStamp = At, TimeStampSpecified = true },
        "UploadUserProfileResponse.ModifiedSince" => new UploadUserProfileResponse { Status = Status.Failed(StatusCodes.InvalidParameter, StatusCodes.ModifiedSince, "Changed meanwhile.") },
        "ListUserProfiles" => new ListUserProfilesRequest { McpttId = Alice },
        "ListUserProfilesResponse" => new ListUserProfilesResponse
        {
            Profiles =
            [
                new UserProfileSummary { ProfileId = "1", ProfileName = "At home", Version = 3, Status = "enabled", PreSelected = true, ActiveDevices = ["handset-1", "vehicle"] },
                new UserProfileSummary { ProfileId = "2", ProfileName = "Mutual aid", Version = 1, Status = "enabled" },
            ],
        },
        "ListUserProfilesResponse.Empty" => new ListUserProfilesResponse { Status = Status.Failed(StatusCodes.DataUnavailable, StatusCodes.DoesNotExist, "No profiles.") },
        "SubscribeProfileUpdates" => new SubscribeProfileUpdatesRequest { McpttId = Alice, ProfileIds = ["1", "2"], NotifyTo = "https://ue.example.org/cm", Expires = At },
        "SubscribeProfileUpdates.AllProfiles" => new SubscribeProfileUpdatesRequest { McpttId = Alice, NotifyTo = "https://ue.example.org/cm", Expires = At },
        "SubscribeProfileUpdatesResponse" => new SubscribeProfileUpdatesResponse { SubscriptionId = "cm-0123" },
        "UnsubscribeProfileUpdates" => new UnsubscribeProfileUpdatesRequest { SubscriptionIds = ["cm-0123", "cm-4567"] },
        "UnsubscribeProfileUpdatesResponse" => new UnsubscribeProfileUpdatesResponse(),
        "ProfileUpdateNotification" => new ProfileUpdateNotification { McpttId = Alice, ProfileId = "1", NewVersion = 4, NotificationId = "urn:uuid:1", SubscriptionId = "cm-0123", TimeStamp = At },
        "ProfileUpdateNotificationResponse" => new ProfileUpdateNotificationResponse(),
        _ => throw new ArgumentOutOfRangeException(nameof(sample)),
    };
}
