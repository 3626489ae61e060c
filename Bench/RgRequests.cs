using GupSoap.Contracts;
using GupSoap.Contracts.Rg;

namespace GupSoap.Bench;

/// <summary>
/// The Rg requests the benchmarks send to the GUP Server (<c>gup/rg</c>), which answers each through one Rp request
/// per component involved, over loopback HTTP to the RAFs in the same process.
/// </summary>
internal static class RgRequests
{
    public const string DisplayNameSelect = "/sub:SubscriberInfo/sub:DisplayName";

    public static Uri Path { get; } = new("gup/rg", UriKind.Relative);

    private const string Indent = LibertyEnvelope.Indent;

    private static readonly string DisplayNameItem =
        $"""<rg:QueryItem itemID="name">{Indent}    <rg:Select>{DisplayNameSelect}</rg:Select>{Indent}  </rg:QueryItem>""";

    private static readonly string ProfileBody = QueryBody(
        $"""<rg:QueryItem itemID="all">{Indent}    <rg:Select>/</rg:Select>{Indent}  </rg:QueryItem>{Indent}  {DisplayNameItem}""");

    private static readonly string DisplayNameBody = QueryBody(DisplayNameItem);

    /// <summary>Query of alice's whole profile (five components merged from two RAFs) and her DisplayName, in one request.</summary>
    public static LoadRequest QueryProfile(string messageId, DateTimeOffset now) =>
        Build(RgOperations.Query, ProfileBody, messageId, now);

    /// <summary>Query of alice's DisplayName only: one Rp Read Data behind it.</summary>
    public static LoadRequest QueryDisplayName(string messageId, DateTimeOffset now) =>
        Build(RgOperations.Query, DisplayNameBody, messageId, now);

    /// <summary>Modify overwriting the DisplayName of <paramref name="resource"/>'s SubscriberInfo: one Rp Modify Data behind it.</summary>
    public static LoadRequest ModifyDisplayName(string resource, string displayName, string messageId, DateTimeOffset now) =>
        Build(RgOperations.Modify,
            $"""<rg:Modify>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rg:ModifyItem itemID="name" overrideAllowed="true">{Indent}    <rg:Select>{DisplayNameSelect}</rg:Select>{Indent}    <rg:NewData><sub:DisplayName>{displayName}</sub:DisplayName></rg:NewData>{Indent}  </rg:ModifyItem>{Indent}</rg:Modify>""",
            messageId, now);

    /// <summary>Create of a SubscriberInfo for <paramref name="resource"/> (a worker's own resource; placed in its default RAF, <c>hss</c>).</summary>
    public static LoadRequest CreateSubscriberInfo(string resource, string displayName, string messageId, DateTimeOffset now) =>
        Build(RgOperations.Create,
            $"""<rg:Create>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rg:CreateItem itemID="info" objectType="sub:SubscriberInfo">{Indent}    <rg:NewData>{BenchProfiles.SubscriberInfo(displayName)}</rg:NewData>{Indent}  </rg:CreateItem>{Indent}</rg:Create>""",
            messageId, now);

    private static string QueryBody(string items) =>
        $"""<rg:Query>{Indent}  <gup:ResourceID type="sip">{BenchProfiles.ReadResource}</gup:ResourceID>{Indent}  {items}{Indent}</rg:Query>""";

    private static LoadRequest Build(string operation, string body, string messageId, DateTimeOffset now) =>
        LibertyEnvelope.Build(Path, "rg", Namespaces.Rg, RgOperations.Action(operation), body, messageId, now);
}
