using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// An attribute's value has a typed home beside the mixed-content text: answers carry it in <c>Data/@value</c> as well
/// as the text, and a write may give it in <c>NewData/@value</c> instead of the text (both forms accepted, never two
/// different values).
/// </summary>
[TestClass]
public sealed class AttributeValueTests
{
    private const string Device = "/pres:PresenceSettings/pres:Device[1]/@id";
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Rp = Namespaces.Rp;

    [TestMethod]
    public async Task RgQuery_OfAnAttribute_AnswersItAsTextAndInValue()
    {
        var resource = await CreateAsync();

        var answer = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(resource, Device));

        var data = answer.Body.Descendants(Rg + "Data").Single();
        Assert.AreEqual("phone", (string?)data.Attribute("value"), answer.Text);
        Assert.AreEqual("phone", data.Value);
    }

    [TestMethod]
    public async Task RpReadData_OfAnAttribute_AnswersItAsTextAndInValue()
    {
        var resource = await CreateAsync();

        var answer = await SoapHttp.RpAsync("services", SoapMessages.Read(resource, "pres:PresenceSettings", Device));

        var data = answer.Body.Descendants(Rp + "Data").Single();
        Assert.AreEqual("phone", (string?)data.Attribute("value"), answer.Text);
        Assert.AreEqual("phone", data.Value);
    }

    [TestMethod]
    public async Task RgModify_WithNewDataValue_WritesTheAttribute()
    {
        var resource = await CreateAsync();

        var modified = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Modify(resource,
            $"""<rg:ModifyItem itemID="d" overrideAllowed="true"><rg:Select>{Device}</rg:Select><rg:NewData value="handset"/></rg:ModifyItem>"""));
        var read = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(resource, Device));

        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        Assert.AreEqual("handset", (string?)read.Body.Descendants(Rg + "Data").Single().Attribute("value"));
    }

    [TestMethod]
    public async Task RgModify_WithNewDataText_StillWritesTheAttribute()
    {
        var resource = await CreateAsync();

        var modified = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Modify(resource, RgText.ModifyItem("d", Device, "tablet", overwrite: true)));
        var read = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(resource, Device));

        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        Assert.AreEqual("tablet", read.Body.Descendants(Rg + "Data").Single().Value);
    }

    [TestMethod]
    public async Task RgModify_WithTwoDifferentValues_IsInvalidDataAndChangesNothing()
    {
        var resource = await CreateAsync();

        var modified = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Modify(resource,
            $"""<rg:ModifyItem itemID="d" overrideAllowed="true"><rg:Select>{Device}</rg:Select><rg:NewData value="handset">tablet</rg:NewData></rg:ModifyItem>"""));
        var read = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(resource, Device));

        Assert.AreNotEqual("OK", modified.StatusCode, modified.Text);
        Assert.Contains("InvalidData", modified.Text);
        Assert.AreEqual("phone", (string?)read.Body.Descendants(Rg + "Data").Single().Attribute("value"));
    }

    private static async Task<string> CreateAsync()
    {
        var resource = SharedServer.NewSubscriber("attribute");
        var created = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }
}
