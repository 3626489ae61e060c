using System.Text;
using GupSoap.Contracts;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;

namespace GupSoap.Bench.Compare;

/// <summary>The workloads of issue "every request at the speed of the hardware", in the order the table shows them.</summary>
internal static class Workloads
{
    private const string Indent = LibertyEnvelope.Indent;
    private const string Alice = BenchProfiles.ReadResource;
    private const string DisplayName = RgRequests.DisplayNameSelect;

    public static IReadOnlyList<Workload> Fixed(DateTimeOffset now) =>
    [
        new("ceiling", "trivial Kestrel POST answering a fixed 600-byte SOAP reply", true, "/raf/hss/rp", RpOperations.Action(RpOperations.ReadData), RpRead(Alice, now)),
        new("rp-read", "Rp ReadData of one element at /raf/hss/rp", false, "/raf/hss/rp", RpOperations.Action(RpOperations.ReadData), RpRead(Alice, now)),
        new("rg-item", "Rg Query of the same element at /gup/rg", false, "/gup/rg", RgOperations.Action(RgOperations.Query), RgQuery(Alice, DisplayName, now)),
        new("rg-profile", "Rg Query of the whole profile (/, seven documents from two RAFs)", false, "/gup/rg", RgOperations.Action(RgOperations.Query), RgQuery(Alice, "/", now)),
        new("rg-modify", "Rg Modify of one element, a subscription on it (notification outbox)", false, "/gup/rg", RgOperations.Action(RgOperations.Modify), RgModify(Alice, now)),
    ];

    /// <summary>The data-size workloads: a random one of the provisioned subscribers per request.</summary>
    public static IReadOnlyList<Workload> Random(DateTimeOffset now) =>
    [
        new("rp-read-random", "Rp ReadData of one element of a random subscriber", false, "/raf/hss/rp", RpOperations.Action(RpOperations.ReadData), RpRead(Workload.ResourceSlot, now)),
        new("rg-profile-random", "Rg Query of a random subscriber's whole profile", false, "/gup/rg", RgOperations.Action(RgOperations.Query), RgQuery(Workload.ResourceSlot, "/", now)),
    ];

    private static string RpRead(string resource, DateTimeOffset now) => Envelope("rp", Namespaces.Rp, RpOperations.Action(RpOperations.ReadData),
        $"""<rp:ReadData>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>{Indent}  <rp:ReadItem itemID="name"><rp:Select>/gup:Profile{DisplayName}</rp:Select></rp:ReadItem>{Indent}</rp:ReadData>""", now);

    private static string RgQuery(string resource, string select, DateTimeOffset now) => Envelope("rg", Namespaces.Rg, RgOperations.Action(RgOperations.Query),
        $"""<rg:Query>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rg:QueryItem itemID="q"><rg:Select>{select}</rg:Select></rg:QueryItem>{Indent}</rg:Query>""", now);

    private static string RgModify(string resource, DateTimeOffset now) => Envelope("rg", Namespaces.Rg, RgOperations.Action(RgOperations.Modify),
        $"""<rg:Modify>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rg:ModifyItem itemID="name" overrideAllowed="true"><rg:Select>{DisplayName}</rg:Select><rg:NewData><sub:DisplayName>Alice B</sub:DisplayName></rg:NewData></rg:ModifyItem>{Indent}</rg:Modify>""", now);

    private static string Envelope(string prefix, string ns, string action, string body, DateTimeOffset now) =>
        Encoding.UTF8.GetString(LibertyEnvelope.Build(new Uri("x", UriKind.Relative), prefix, ns, action, body, Workload.MessageIdSlot, now).Envelope);
}
