using GupSoap.Contracts;
using GupSoap.Contracts.Rp;

namespace GupSoap.Bench;

/// <summary>The Rp requests the benchmarks send straight to the <c>hss</c> RAF (<c>raf/hss/rp</c>).</summary>
internal static class RpRequests
{
    public const string DisplayNameSelect = "/gup:Profile/sub:SubscriberInfo/sub:DisplayName";

    public static Uri Path { get; } = new("raf/hss/rp", UriKind.Relative);

    private const string Indent = LibertyEnvelope.Indent;

    private static readonly string ReadBody =
        $"""
        <rp:ReadData>
              <gup:ResourceID type="sip">{BenchProfiles.ReadResource}</gup:ResourceID>
              <gup:RequestorData>
                <gup:ApplicationID>{LibertyEnvelope.Sender}</gup:ApplicationID>
              </gup:RequestorData>
              <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>
              <rp:ReadItem itemID="name">
                <rp:Select>{DisplayNameSelect}</rp:Select>
              </rp:ReadItem>
              <rp:ReadItem itemID="msisdn">
                <rp:Select>/gup:Profile/sub:SubscriberInfo/sub:MSISDN</rp:Select>
              </rp:ReadItem>
            </rp:ReadData>
        """;

    /// <summary>Read Data of alice's DisplayName and MSISDN: the request of the <c>load</c> (<c>read</c>) and <c>micro</c> modes.</summary>
    public static LoadRequest ReadData(string messageId, DateTimeOffset now) =>
        Build(RpOperations.ReadData, ReadBody, messageId, now);

    /// <summary>Modify Data overwriting the DisplayName of <paramref name="resource"/>.</summary>
    public static LoadRequest ModifyDisplayName(string resource, string displayName, string messageId, DateTimeOffset now) =>
        Build(RpOperations.ModifyData,
            $"""<rp:ModifyData>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>{Indent}  <rp:Modification itemID="name" overrideAllowed="true">{Indent}    <rp:Select>{DisplayNameSelect}</rp:Select>{Indent}    <rp:NewData><sub:DisplayName>{displayName}</sub:DisplayName></rp:NewData>{Indent}  </rp:Modification>{Indent}</rp:ModifyData>""",
            messageId, now);

    /// <summary>Create Component of a SubscriberInfo for <paramref name="resource"/> (a worker's own resource).</summary>
    public static LoadRequest CreateSubscriberInfo(string resource, string displayName, string messageId, DateTimeOffset now) =>
        Build(RpOperations.CreateComponent,
            $"""<rp:CreateComponent>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>{Indent}  <rp:NewData>{BenchProfiles.SubscriberInfo(displayName)}</rp:NewData>{Indent}</rp:CreateComponent>""",
            messageId, now);

    private static LoadRequest Build(string operation, string body, string messageId, DateTimeOffset now) =>
        LibertyEnvelope.Build(Path, "rp", Namespaces.Rp, RpOperations.Action(operation), body, messageId, now);
}
