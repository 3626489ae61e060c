using GupSoap.Core.Charging;

namespace GupSoap.Tests.Unit.Charging;

[TestClass]
public sealed class CorrelationIdsTests
{
    [TestMethod]
    public void New_IsAPlainIdThatACallerMayRelay()
    {
        var id = CorrelationIds.New();

        Assert.AreEqual(id, CorrelationIds.Accept(id));
        Assert.AreEqual(32, id.Length);
    }

    [TestMethod]
    public async Task New_LaterIdsSortAfterEarlierOnes()
    {
        // Time-ordered, so the records' correlation index grows at its end (ordinal order, as SQLite and PostgreSQL "C" compare).
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(CorrelationIds.New());
            await Task.Delay(2);
        }

        CollectionAssert.AreEqual(ids, ids.Order(StringComparer.Ordinal).ToList());
        Assert.HasCount(5, ids.Distinct());
    }

    [TestMethod]
    public void Accept_RefusesWhatIsNotAPlainId()
    {
        Assert.IsNull(CorrelationIds.Accept("a b"));
        Assert.IsNull(CorrelationIds.Accept("x\r\nSet-Cookie: y"));
        Assert.IsNull(CorrelationIds.Accept(new string('a', CorrelationIds.MaxLength + 1)));
        Assert.IsNull(CorrelationIds.Accept(""));
    }
}
