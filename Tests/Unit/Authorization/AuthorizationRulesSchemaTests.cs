using System.Xml.Linq;
using GupSoap.Core.Authorization;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>The schema and the reader agree on gup:AuthorizationRules, including the gup:Subscriber requestor.</summary>
[TestClass]
public sealed class AuthorizationRulesSchemaTests
{
    [TestMethod]
    [DataRow("<gup:AnyRequestor/>")]
    [DataRow("<gup:Subscriber/>")]
    [DataRow("<gup:ProviderID>urn:example:app:buddy</gup:ProviderID><gup:ProviderID>urn:example:app:chat</gup:ProviderID>")]
    [DataRow("<gup:ApplicationID>app-1</gup:ApplicationID>")]
    public void Validate_EachRequestorKind_IsValidAndReadable(string requestor)
    {
        var element = RulesElement("Deny", Rule("r", "Permit", ["/p:Contacts/p:Name"], operations: "Query All", priority: 3, requestor: requestor, hplmn: "false"));

        var validation = SchemaRegistry.Default.Validate(element);
        var (rules, error) = AuthorizationRules.Read(element);

        Assert.IsTrue(validation.IsValid, validation.Error);
        Assert.IsNotNull(rules, error);
    }

    [TestMethod]
    [DataRow("<gup:Subscriber>me</gup:Subscriber>")]
    [DataRow("<gup:Subscriber/><gup:AnyRequestor/>")]
    [DataRow("<gup:Subscriber/><gup:Subscriber/>")]
    public void Validate_MalformedSubscriberRequestor_BothRefuse(string requestor)
    {
        var element = RulesElement(null, Rule("r", "Permit", requestor: requestor));

        var validation = SchemaRegistry.Default.Validate(element);
        var (rules, error) = AuthorizationRules.Read(element);

        Assert.IsFalse(validation.IsValid);
        Assert.IsNull(rules);
        Assert.IsNotNull(error);
    }

    [TestMethod]
    [DataRow("<gup:Priority>1</gup:Priority>", "<gup:Priority>1</gup:Priority><gup:Priority>2</gup:Priority>")]
    [DataRow("<gup:Priority>1</gup:Priority>", "<gup:Priority>high</gup:Priority>")]
    [DataRow("<gup:Effect>Permit</gup:Effect>", "<gup:Effect>permit</gup:Effect>")]
    [DataRow("<gup:Operation>All</gup:Operation>", "<gup:Operation>Everything</gup:Operation>")]
    public void Validate_SchemaInvalidRule_ReaderRefusesToo(string replace, string with)
    {
        var rule = Rule("r", "Permit", priority: 1);
        Assert.Contains(replace, rule);
        var element = RulesElement(null, rule.Replace(replace, with, StringComparison.Ordinal));

        Assert.IsFalse(SchemaRegistry.Default.Validate(element).IsValid);
        Assert.IsNotNull(AuthorizationRules.Read(element).Error);
    }
}
