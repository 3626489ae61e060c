using GupSoap.Contracts.Disco;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Discovery;

/// <summary>At start the GUP Server, MCPTT CM and every hosted RAF register at the in-process Discovery, once, across restarts.</summary>
[TestClass]
public sealed class StartupRegistrationTests
{
    [TestMethod]
    public async Task Startup_EmbeddedDefault_RegistersRgCmAndEveryRaf()
    {
        var server = SharedServer.Instance;

        var all = await DiscoText.PostAsync(server, DiscoText.SvcMdQuery(), DiscoText.AsDeploymentService());

        Assert.AreEqual(DiscoStatusCodes.Ok, all.StatusCode, all.Text);
        var entries = DiscoText.Entries(all).Select(e => (e.Provider, e.ServiceType, e.Address)).ToList();
        CollectionAssert.IsSubsetOf(new[]
        {
            ("urn:gupsoap:gup-server", DiscoUris.RgServiceType, server.Rg.ToString()),
            ("urn:gupsoap:gup-server", DiscoUris.McpttCmServiceType, new Uri(server.BaseAddress, "mcptt/cm").ToString()),
            ("urn:gupsoap:raf:hss", DiscoUris.RpServiceType, server.Rp("hss").ToString()),
            ("urn:gupsoap:raf:services", DiscoUris.RpServiceType, server.Rp("services").ToString()),
        }, entries);
    }

    [TestMethod]
    public async Task Query_AnyApplication_FindsTheOperatorWideRg()
    {
        var found = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Query(DiscoUris.RgServiceType), DiscoText.As("urn:example:stranger"));

        Assert.AreEqual(DiscoStatusCodes.Ok, found.StatusCode, found.Text);
        Assert.AreEqual(SharedServer.Instance.Rg.ToString(), found.Body.Descendants(DiscoText.Wsa + "Address").Single().Value);
    }

    [TestMethod]
    public async Task Startup_RestartOnSameDataDirectory_RegistersNoDuplicates()
    {
        var directory = GupServer.NewDataDirectory();
        try
        {
            IReadOnlyList<(string Id, string Provider, string ServiceType, string Address)> first, second;
            await using (var server = await GupServer.StartInAsync(directory, ownsDataDirectory: false))
            {
                first = DiscoText.Entries(await DiscoText.PostAsync(server, DiscoText.SvcMdQuery(), DiscoText.AsDeploymentService()));
            }

            await using (var server = await GupServer.StartInAsync(directory, ownsDataDirectory: false))
            {
                second = DiscoText.Entries(await DiscoText.PostAsync(server, DiscoText.SvcMdQuery(), DiscoText.AsDeploymentService()));
                Assert.IsTrue(second.All(e => e.Address.StartsWith(server.BaseAddress.ToString(), StringComparison.Ordinal)), "entries point at the new address");
            }

            Assert.HasCount(4, first);
            Assert.HasCount(4, second);
            CollectionAssert.AreEquivalent(first.Select(e => e.Id).ToArray(), second.Select(e => e.Id).ToArray());
        }
        finally
        {
            GupServer.DeleteDirectory(directory);
        }
    }
}
