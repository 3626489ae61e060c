namespace GupSoap.Bench;

/// <summary>
/// What each <see cref="RequestKind"/> is: its <c>--mix</c> name, how it is built, what it costs the server in
/// MessageIDs (the request itself plus the Rp requests the GUP Server sends for it) and its report description.
/// </summary>
internal static class RequestKinds
{
    /// <summary>
    /// Component types of the embedded default (SubscriberInfo and AuthorizationRules in <c>hss</c>; PresenceSettings,
    /// LcsPrivacy and mcptt-user-profile in <c>services</c>): a whole-profile Query reads each with one Rp Read Data,
    /// and folds the DisplayName item into the SubscriberInfo read.
    /// </summary>
    private const int ProfileComponents = 5;

    public static IReadOnlyList<RequestKind> All { get; } = Enum.GetValues<RequestKind>();

    public static string Name(RequestKind kind) => kind switch
    {
        RequestKind.Read => "read",
        RequestKind.Modify => "modify",
        RequestKind.RgQuery => "rg-query",
        RequestKind.RgItem => "rg-item",
        RequestKind.RgModify => "rg-modify",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether the kind writes to the worker's own resource, which must then exist before the run.</summary>
    public static bool ModifiesOwnResource(RequestKind kind) => kind is RequestKind.Modify or RequestKind.RgModify;

    public static bool IsRg(RequestKind kind) => kind is RequestKind.RgQuery or RequestKind.RgItem or RequestKind.RgModify;

    /// <summary>
    /// SOAP requests the server receives for one request of this kind, each with its own MessageID in the server's
    /// duplicate store: 1 for Rp, 1 + the Rp fan-out for Rg.
    /// </summary>
    public static int ServerRequests(RequestKind kind) => kind switch
    {
        RequestKind.RgQuery => 1 + ProfileComponents,
        RequestKind.RgItem or RequestKind.RgModify => 2,
        _ => 1,
    };

    /// <summary>A request of this kind with a fresh MessageID; modifies write <paramref name="label"/> as the DisplayName of <paramref name="resource"/>.</summary>
    public static LoadRequest Build(RequestKind kind, string resource, string label, DateTimeOffset now)
    {
        var messageId = LibertyEnvelope.NewMessageId();
        return kind switch
        {
            RequestKind.Read => RpRequests.ReadData(messageId, now),
            RequestKind.Modify => RpRequests.ModifyDisplayName(resource, label, messageId, now),
            RequestKind.RgQuery => RgRequests.QueryProfile(messageId, now),
            RequestKind.RgItem => RgRequests.QueryDisplayName(messageId, now),
            RequestKind.RgModify => RgRequests.ModifyDisplayName(resource, label, messageId, now),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    public static string Describe(RequestKind kind) => kind switch
    {
        RequestKind.Read => $"Rp ReadData at /{RpRequests.Path}: {BenchProfiles.ReadResource} DisplayName and MSISDN",
        RequestKind.Modify => $"Rp ModifyData at /{RpRequests.Path}: DisplayName of one SubscriberInfo per worker",
        RequestKind.RgQuery => $"Rg Query at /{RgRequests.Path}: {BenchProfiles.ReadResource} whole profile ({ProfileComponents} components, 2 RAFs) + DisplayName",
        RequestKind.RgItem => $"Rg Query at /{RgRequests.Path}: {BenchProfiles.ReadResource} DisplayName",
        RequestKind.RgModify => $"Rg Modify at /{RgRequests.Path}: DisplayName of one SubscriberInfo per worker",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
