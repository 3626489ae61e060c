namespace GupSoap.Tests.Support;

/// <summary>One embedded-default server shared by the tests that do not need their own configuration.</summary>
[TestClass]
public static class SharedServer
{
    private static GupServer? _server;

    private static GupServer? _overSoap;

    internal static GupServer Instance => _server ?? throw new InvalidOperationException("Shared server not started.");

    /// <summary>The embedded default with every Rp call sent over SOAP/HTTP, for suites that run over both transports.</summary>
    internal static GupServer OverSoap => _overSoap ?? throw new InvalidOperationException("Shared server not started.");

    [AssemblyInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync();
        _overSoap = await GupServer.StartAsync("--Gup:Rp:InProcess=false");
    }

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        foreach (var server in new[] { _server, _overSoap })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>A resource id no other test uses.</summary>
    public static string NewSubscriber(string hint = "user") => $"sip:{hint}-{Guid.NewGuid():N}@example.org";
}
