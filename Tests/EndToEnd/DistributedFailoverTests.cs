using System.Diagnostics;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// SECURITY.md R5 with real processes: two RAF processes and a GUP Server process. When one RAF dies or stops
/// answering, a whole-profile Query still answers within the deadline, as <c>Partial</c>, with what the other holds.
/// </summary>
[TestClass]
public sealed class DistributedFailoverTests
{
    private static readonly XNamespace Gup = Namespaces.Gup;
    private static readonly XNamespace Lu = Namespaces.LibertyUtility;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    private static async Task<(DistributedGup System, string Resource)> StartWithProfileAsync()
    {
        var system = await DistributedGup.StartAsync($"--Gup:Rp:AttemptTimeout={AttemptTimeout}", $"--Gup:Rp:RequestDeadline={Deadline}");
        try
        {
            var resource = SharedServer.NewSubscriber("distributed");
            var created = await RgText.PostAsync(system.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
            Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
            var whole = await RgText.PostAsync(system.Rg, RgText.Query(resource, "/"));
            Assert.AreEqual(StatusCodes.Ok, whole.StatusCode, whole.Text);
            CollectionAssert.AreEqual(new[] { "SubscriberInfo", "PresenceSettings" }, whole.Body.Descendants(Gup + "Profile").Single().Elements().Select(e => e.Name.LocalName).ToArray());
            return (system, resource);
        }
        catch
        {
            // A failed setup must not leave three server processes running after the test.
            await system.DisposeAsync();
            throw;
        }
    }

    private static async Task AssertPartialWithinDeadlineAsync(DistributedGup system, string resource)
    {
        var stopwatch = Stopwatch.StartNew();
        var answer = await RgText.PostAsync(system.Rg, RgText.Query(resource, "/"));
        stopwatch.Stop();

        Assert.AreEqual(StatusCodes.Partial, answer.StatusCode, answer.Text);
        var failed = answer.Status.Elements(Lu + "Status").Single();
        Assert.AreEqual(StatusCodes.DataUnavailable, (string?)failed.Attribute("code"));
        StringAssert.Contains((string?)failed.Attribute("comment"), "RAF 'services'");
        StringAssert.Contains((string?)failed.Attribute("comment"), "PresenceSettings");
        CollectionAssert.AreEqual(new[] { "SubscriberInfo" }, answer.Body.Descendants(Gup + "Profile").Single().Elements().Select(e => e.Name.LocalName).ToArray());
        // The request deadline bounds the answer (plus process and HTTP overhead), whatever the dead RAF does.
        Assert.IsLessThan(Deadline + TimeSpan.FromSeconds(2), stopwatch.Elapsed, $"answered after {stopwatch.Elapsed}");
    }

    [TestMethod]
    public async Task Query_OneRafProcessKilled_PartialWithinDeadline()
    {
        var (system, resource) = await StartWithProfileAsync();
        await using (system)
        {
            await system.Services.KillAsync();

            await AssertPartialWithinDeadlineAsync(system, resource);
        }
    }

    [TestMethod]
    public async Task Query_OneRafProcessFrozen_PartialWithinDeadline()
    {
        var (system, resource) = await StartWithProfileAsync();
        await using (system)
        {
            // SIGSTOP: the kernel still accepts connections, the RAF never answers: only the deadline helps.
            await Signal(system.Services.ProcessId, "STOP");
            try
            {
                await AssertPartialWithinDeadlineAsync(system, resource);
            }
            finally
            {
                await Signal(system.Services.ProcessId, "CONT");
            }
        }
    }

    private static async Task Signal(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {processId}") { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.AreEqual(0, kill.ExitCode, $"kill -{signal} failed");
    }
}
