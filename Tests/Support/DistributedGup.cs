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
            return new DistributedGup(rafs[0], rafs[1], gup);
        }
        catch
        {
            await rafs[0].DisposeAsync();
            await rafs[1].DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Gup.DisposeAsync();
        await Services.DisposeAsync();
        await Hss.DisposeAsync();
    }
}
