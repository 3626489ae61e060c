namespace GupSoap.Tests.Support;

/// <summary>One embedded-default server shared by the tests that do not need their own configuration.</summary>
[TestClass]
public static class SharedServer
{
    private static GupServer? _server;

    internal static GupServer Instance => _server ?? throw new InvalidOperationException("Shared server not started.");

    [AssemblyInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync();
    }

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A resource id no other test uses.</summary>
    public static string NewSubscriber(string hint = "user") => $"sip:{hint}-{Guid.NewGuid():N}@example.org";
}
