using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

[TestClass]
public sealed class AuthorizationRulesReadTests
{
    private const string Valid = """
        <gup:AuthorizationRules xmlns:gup="urn:3gpp:gup:2006-08">
          <gup:DefaultEffect> Deny </gup:DefaultEffect>
          <gup:Rule id="friends-read-name">
            <gup:Requestor hplmn="true">
              <gup:ProviderID>urn:example:app:buddy</gup:ProviderID>
              <gup:ProviderID> urn:example:app:chat </gup:ProviderID>
            </gup:Requestor>
            <gup:Target>
              <gup:Select xmlns:s="urn:3gpp:gup:2006-08:subscriber">
                /gup:Profile/s:SubscriberInfo/s:DisplayName
              </gup:Select>
              <gup:Select>/pres:PresenceSettings/pres:Device[@id='phone']/@id</gup:Select>
            </gup:Target>
            <gup:Operation>Query</gup:Operation>
            <gup:Operation>Subscribe</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
            <gup:Priority>+10</gup:Priority>
          </gup:Rule>
          <gup:Rule id="nobody-writes">
            <gup:Requestor hplmn="0"><gup:AnyRequestor/></gup:Requestor>
            <gup:Target/>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Deny</gup:Effect>
            <gup:Priority>-3</gup:Priority>
          </gup:Rule>
          <gup:Rule id="apps">
            <gup:Requestor><gup:ApplicationID>app-1</gup:ApplicationID></gup:Requestor>
            <gup:Target><gup:Select>/</gup:Select></gup:Target>
            <gup:Operation>List</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
          <gup:Rule id="owner">
            <gup:Requestor><gup:Subscriber/></gup:Requestor>
            <gup:Target/>
            <gup:Operation>Modify</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    private static string ReadError(XElement element)
    {
        var (rules, error) = AuthorizationRules.Read(element);
        Assert.IsNull(rules);
        Assert.IsNotNull(error);
        Assert.IsFalse(string.IsNullOrWhiteSpace(error));
        return error;
    }

    private static string ReadError(string replace, string with)
    {
        Assert.Contains(replace, Valid, "the replacement must apply");
        return ReadError(XElement.Parse(Valid.Replace(replace, with, StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Read_ValidRules_ReadsEveryPart()
    {
        var (rules, error) = AuthorizationRules.Read(XElement.Parse(Valid));

        Assert.IsNull(error);
        Assert.IsNotNull(rules);
        Assert.AreEqual(Effect.Deny, rules.DefaultEffect);
        Assert.HasCount(4, rules.Rules);

        var friends = rules.Rules[0];
        Assert.AreEqual("friends-read-name", friends.Id);
        Assert.AreEqual(RequestorKind.ProviderIds, friends.RequestorMatch.Kind);
        CollectionAssert.AreEqual(new[] { Buddy, Chat }, friends.RequestorMatch.Ids.ToArray());
        Assert.IsTrue(friends.RequestorMatch.Hplmn);
        Assert.HasCount(2, friends.Targets);
        Assert.AreEqual(XName.Get("SubscriberInfo", Namespaces.Subscriber), friends.Targets[0].ComponentStep!.Name);
        Assert.AreEqual(XName.Get("DisplayName", Namespaces.Subscriber), friends.Targets[0].Steps[0].Name);
        Assert.IsTrue(friends.Targets[1].TargetsAttribute);
        Assert.IsTrue(friends.Operations.SetEquals([AccessOperation.Query, AccessOperation.Subscribe]));
        Assert.AreEqual(Effect.Permit, friends.Effect);
        Assert.AreEqual(10, friends.Priority);

        var nobody = rules.Rules[1];
        Assert.AreEqual(RequestorKind.Any, nobody.RequestorMatch.Kind);
        Assert.IsFalse(nobody.RequestorMatch.Hplmn);
        Assert.IsEmpty(nobody.Targets);
        Assert.IsTrue(nobody.Operations.SetEquals(Enum.GetValues<AccessOperation>()));
        Assert.AreEqual(-3, nobody.Priority);

        var apps = rules.Rules[2];
        Assert.AreEqual(RequestorKind.ApplicationIds, apps.RequestorMatch.Kind);
        Assert.IsNull(apps.RequestorMatch.Hplmn);
        Assert.AreEqual(DataReference.WholeProfile, apps.Targets.Single());
        Assert.AreEqual(0, apps.Priority);

        Assert.AreEqual(RequestorKind.Subscriber, rules.Rules[3].RequestorMatch.Kind);
    }

    [TestMethod]
    public void Read_NoDefaultNoRules_IsEmpty()
    {
        var (rules, error) = AuthorizationRules.Read(new XElement(Gup + "AuthorizationRules"));

        Assert.IsNull(error);
        Assert.IsNotNull(rules);
        Assert.IsNull(rules.DefaultEffect);
        Assert.IsEmpty(rules.Rules);
        Assert.IsNull(AuthorizationRules.Empty.DefaultEffect);
        Assert.IsEmpty(AuthorizationRules.Empty.Rules);
    }

    [TestMethod]
    public void Read_SelectPrefixBoundInScope_WinsOverWellKnown()
    {
        var rules = Rules(null, Rule("r", "Permit", ["/pres:X"]).Replace("<gup:Select>", "<gup:Select xmlns:pres=\"urn:example:own\">", StringComparison.Ordinal));

        Assert.AreEqual(XName.Get("X", "urn:example:own"), rules.Rules[0].Targets[0].ComponentStep!.Name);
    }

    [TestMethod]
    public void Read_SameRulesTwice_GiveEqualRules()
    {
        var first = AuthorizationRules.Read(XElement.Parse(Valid)).Rules!;
        var second = AuthorizationRules.Read(XElement.Parse(Valid)).Rules!;

        CollectionAssert.AreEqual(first.Rules.ToArray(), second.Rules.ToArray());
    }

    [TestMethod]
    [DataRow("<gup:DefaultEffect> Deny </gup:DefaultEffect>", "<gup:DefaultEffect>deny</gup:DefaultEffect>", "DefaultEffect")]
    [DataRow("<gup:DefaultEffect> Deny </gup:DefaultEffect>", "<gup:DefaultEffect>Deny</gup:DefaultEffect><gup:DefaultEffect>Deny</gup:DefaultEffect>", "DefaultEffect")]
    [DataRow("<gup:Priority>-3</gup:Priority>", "<gup:Priority>-3</gup:Priority></gup:Rule><gup:DefaultEffect>Deny</gup:DefaultEffect><gup:Rule id=\"z\"><gup:Requestor><gup:AnyRequestor/></gup:Requestor><gup:Target/><gup:Operation>All</gup:Operation><gup:Effect>Deny</gup:Effect>", "DefaultEffect")]
    [DataRow("<gup:Operation>Query</gup:Operation>", "<gup:Operation>Read</gup:Operation>", "'Read'")]
    [DataRow("<gup:Operation>Query</gup:Operation>", "<gup:Operation/>", "operation")]
    [DataRow("<gup:Effect>Permit</gup:Effect>\n    <gup:Priority>+10", "<gup:Effect>Allow</gup:Effect>\n    <gup:Priority>+10", "Effect")]
    [DataRow("<gup:Priority>+10</gup:Priority>", "<gup:Priority>ten</gup:Priority>", "Priority")]
    [DataRow("<gup:Priority>+10</gup:Priority>", "<gup:Priority>2147483648</gup:Priority>", "Priority")]
    [DataRow("<gup:Priority>+10</gup:Priority>", "<gup:Priority>1.5</gup:Priority>", "Priority")]
    [DataRow("hplmn=\"true\"", "hplmn=\"yes\"", "hplmn")]
    [DataRow("id=\"nobody-writes\"", "id=\"friends-read-name\"", "twice")]
    [DataRow("id=\"nobody-writes\"", "id=\"  \"", "id")]
    [DataRow("id=\"nobody-writes\"", "", "id")]
    [DataRow("<gup:Requestor><gup:ApplicationID>app-1</gup:ApplicationID></gup:Requestor>", "", "Requestor")]
    [DataRow("<gup:Target><gup:Select>/</gup:Select></gup:Target>", "", "Target")]
    [DataRow("<gup:Operation>List</gup:Operation>", "", "Operation")]
    [DataRow("<gup:Effect>Deny</gup:Effect>", "", "Effect")]
    [DataRow("<gup:AnyRequestor/>", "<gup:AnyRequestor/><gup:ProviderID>urn:x</gup:ProviderID>", "mixing")]
    [DataRow("<gup:AnyRequestor/>", "<gup:AnyRequestor/><gup:AnyRequestor/>", "AnyRequestor")]
    [DataRow("<gup:AnyRequestor/>", "<gup:AnyRequestor>x</gup:AnyRequestor>", "AnyRequestor")]
    [DataRow("<gup:Subscriber/>", "<gup:Subscriber><gup:AnyRequestor/></gup:Subscriber>", "Subscriber")]
    [DataRow("<gup:AnyRequestor/>", "", "empty Requestor")]
    [DataRow("<gup:AnyRequestor/>", "<gup:Somebody/>", "'Somebody'")]
    [DataRow("<gup:ApplicationID>app-1</gup:ApplicationID>", "<gup:ApplicationID> </gup:ApplicationID>", "ApplicationID")]
    [DataRow("<gup:ProviderID>urn:example:app:buddy</gup:ProviderID>", "<gup:ProviderID><gup:X/></gup:ProviderID>", "ProviderID")]
    [DataRow("<gup:Select>/</gup:Select>", "<gup:Select>//p:x</gup:Select>", "Select 1")]
    [DataRow("<gup:Select>/</gup:Select>", "<gup:Select>/nope:X</gup:Select>", "nope")]
    [DataRow("<gup:Select>/</gup:Select>", "<gup:Select/>", "Select 1")]
    [DataRow("<gup:Select>/</gup:Select>", "<gup:Select><gup:Select>/</gup:Select></gup:Select>", "Select 1")]
    [DataRow("<gup:Select>/</gup:Select>", "<gup:Filter>/</gup:Filter>", "'Filter'")]
    [DataRow("<gup:Select>/</gup:Select>", "/", "Target")]
    [DataRow("<gup:Target/>\n    <gup:Operation>Modify", "<gup:Operation>Modify</gup:Operation><gup:Target/>\n    <gup:Operation>Modify", "order")]
    [DataRow("<gup:Effect>Deny</gup:Effect>", "<gup:Effect>Deny</gup:Effect><gup:Effect>Deny</gup:Effect>", "repeated")]
    [DataRow("<gup:Effect>Deny</gup:Effect>", "<gup:Effect>Deny</gup:Effect><gup:Extra/>", "'Extra'")]
    [DataRow("<gup:Effect>Deny</gup:Effect>", "<gup:Effect>Deny</gup:Effect>text", "text")]
    [DataRow("<gup:Rule id=\"apps\">", "<gup:Policy/><gup:Rule id=\"apps\">", "'Policy'")]
    [DataRow("<gup:Rule id=\"apps\">", "stray<gup:Rule id=\"apps\">", "text")]
    public void Read_InvalidForm_ReturnsError(string replace, string with, string expected)
    {
        var error = ReadError(replace, with);

        Assert.Contains(expected, error);
    }

    [TestMethod]
    public void Read_RuleIdLongerThan64_ReturnsError()
    {
        var error = ReadError("id=\"nobody-writes\"", $"id=\"{new string('a', 65)}\"");

        Assert.Contains("id", error);
    }

    [TestMethod]
    public void Read_OtherElement_ReturnsError()
    {
        var error = ReadError(new XElement(Gup + "Profile"));

        Assert.Contains("AuthorizationRules", error);
    }

    [TestMethod]
    public void Read_RulesInOtherNamespace_ReturnsError()
    {
        var error = ReadError(XElement.Parse(Valid.Replace("urn:3gpp:gup:2006-08", "urn:example:fake", StringComparison.Ordinal)));

        Assert.Contains("AuthorizationRules", error);
    }

    [TestMethod]
    public void Read_LongBadValue_ErrorEchoesOnlyAShortPart()
    {
        var longToken = new string('x', 5000);

        var error = ReadError("<gup:Operation>Query</gup:Operation>", $"<gup:Operation>{longToken}</gup:Operation>");

        Assert.IsLessThan(200, error.Length);
    }

    [TestMethod]
    public void Read_ErrorNamesTheRule()
    {
        var error = ReadError("<gup:Operation>List</gup:Operation>", "<gup:Operation>Lists</gup:Operation>");

        Assert.Contains("Rule 3", error);
        Assert.Contains("'apps'", error);
    }

    [TestMethod]
    [DataRow("Create", AccessOperation.Create)]
    [DataRow("Delete", AccessOperation.Delete)]
    [DataRow("Modify", AccessOperation.Modify)]
    [DataRow("List", AccessOperation.List)]
    [DataRow(" Query ", AccessOperation.Query)]
    [DataRow("Subscribe", AccessOperation.Subscribe)]
    public void FromRule_KnownToken_ReturnsOperation(string token, AccessOperation expected)
    {
        Assert.AreEqual(expected, AccessOperations.FromRule(token));
    }

    [TestMethod]
    [DataRow("All")]
    [DataRow("query")]
    [DataRow("Read")]
    [DataRow("")]
    public void FromRule_AllOrUnknownToken_ReturnsNull(string token)
    {
        Assert.IsNull(AccessOperations.FromRule(token));
    }
}
