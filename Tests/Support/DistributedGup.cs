namespace GupSoap.Tests.Support;

/// <summary>
/// The distributed process model for real: RAFs <c>hss</c> and <c>services</c> each in their own process
/// (<c>--role raf</c>) and a GUP Server process (<c>--role gup</c>) configured with their Rp addresses.
/// </summary>
internal sealed class DistributedGup : IAsyncDisposable
{
    private DistributedGup(ServerProcess hss, ServerProcess services, ServerProcess gup)
    {
        Hss = hss;
        Services = services;
        Gup = gup;
    }

    public ServerProcess Hss { get; }

    public ServerProcess Services { get; }

    public ServerProcess Gup { get; }

    public Uri Rg => Gup.Rg;

    /// <param name="gupArgs">Extra arguments for the GUP Server process (e.g. a shorter Rp deadline).</param>
    public static async Task<DistributedGup> StartAsync(params string[] gupArgs)
    {
        var rafs = await Task.WhenAll(
            ServerProcess.StartAsync("--role", "raf", "--raf-name", "hss"),
            ServerProcess.StartAsync("--role", "raf", "--raf-name", "services"));
        try
        {
            var gup = await ServerProcess.StartAsync(
            [
                "--role", "gup",
                $"--Gup:Rafs:hss:Address={rafs[0].Rp("hss")}",
                $"--Gup:Rafs:services:Address={rafs[1].Rp("services")}",
                .. gupArgs,
            ]);
            await WarmUpAsync(gup.Rg);
            return new DistributedGup(rafs[0], rafs[1], gup);
        }
        catch
        {
            await rafs[0].DisposeAsync();
            await rafs[1].DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A create and a whole-profile query of a throwaway subscriber through the GUP Server reach both RAF processes, so
    /// tests with short Rp deadlines measure those deadlines rather than three processes compiling their first request
    /// on a loaded machine. The answers do not matter.
    /// </summary>
    private static async Task WarmUpAsync(Uri rg)
    {
        var resource = SharedServer.NewSubscriber("warm-up");
        await RgText.PostAsync(rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
        await RgText.PostAsync(rg, RgText.Query(resource, "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await Gup.DisposeAsync();
        await Services.DisposeAsync();
        await Hss.DisposeAsync();
    }
}
