using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Rg List across repositories when each RAF answers in several pages: the GUP Server follows every RAF's pages up to
/// the requested window and merges them, so walking the list page by page sees every resource once, in order.
/// </summary>
[TestClass]
public sealed class RgListPagingTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Gup = Namespaces.Gup;

    [TestMethod]
    public async Task List_PagesSmallerThanTheWindow_EveryResourceOnceInOrder()
    {
        // Pages of at most 2 at the GUP Server and towards each RAF: a page at offset 4 needs three RAF pages each.
        await using var server = await GupServer.StartAsync("--Gup:Demo:Enabled=false", "--Gup:Rg:MaxListCount=2", "--Gup:Rafs:hss:MaxListCount=2", "--Gup:Rafs:services:MaxListCount=2");
        var prefix = "sip:paging-" + Guid.NewGuid().ToString("N");
        var expected = new List<string>();
        for (var n = 0; n < 5; n++)
        {
            var resource = $"{prefix}-{n}@example.org";
            expected.Add(resource);
            // Alternate which RAF holds a resource's only component, so the merged order interleaves both RAFs' lists.
            var item = n % 2 == 0 ? ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()) : ("pres:PresenceSettings", SoapMessages.Presence());
            var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, item));
            Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
        }

        var seen = new List<string>();
        var offset = 0;
        for (var page = 0; page < 10; page++)
        {
            var answer = await RgText.PostAsync(server.Rg, RgText.List(prefix + "*", count: 2, offset: offset));
            Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
            seen.AddRange(answer.Body.Descendants(Gup + "ResourceID").Select(r => r.Value));
            if (answer.Body.Descendants(Rg + "EndOfList").Any(e => e.Value == "true"))
            {
                break;
            }

            offset = int.Parse((string)answer.Body.Descendants(Rg + "ListResponse").Single().Attribute("nextOffset")!, System.Globalization.CultureInfo.InvariantCulture);
        }

        CollectionAssert.AreEqual(expected, seen);
    }
}
