using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Raf.Data;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf;

/// <summary>One running RAF: its store, its Rp service and the WSDL it serves.</summary>
public sealed class RafInstance : IAsyncDisposable
{
    private RafInstance(RafContext context)
    {
        Context = context;
        Service = RpService.Create(context);
    }

    public RafContext Context { get; }

    public SoapService Service { get; }

    public RafOptions Options => Context.Options;

    public static async Task<RafInstance> StartAsync(RafOptions options, XmlLimits limits, TimeProvider time, Core.Authorization.AuthorizationRules commonRules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath))!);
        var store = new SqliteComponentStore(options.DatabasePath);
        await store.InitializeAsync(cancellationToken);
        var registry = SchemaRegistry.Default;
        var context = new RafContext(options, store, new ComponentValidator(registry), new ModificationApplier(new SchemaChildOrder(registry)), limits, time, commonRules);
        return new RafInstance(context);
    }

    public ValueTask DisposeAsync() => Context.Store.DisposeAsync();
}
