using GupSoap.Core.Charging;
using GupSoap.Core.Soap;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Charging records (TS 23.240 §4.1.9) in the process's store: <c>charging.db</c> in the data directory, or the
/// <c>gup.charging</c> table on PostgreSQL. <c>Gup:Charging:Enabled</c> (default true), <c>Gup:Charging:QueueCapacity</c>
/// (records waiting for the writer before requests wait, default 10000), <c>Gup:Charging:GroupDelay</c> (how long a group
/// of records gathers before one transaction writes it, default 10 ms). The queue is flushed when the host stops.
/// </summary>
internal static class ChargingHosting
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Gup:Charging:Enabled", true);

    public static void AddCharging(IServiceCollection services, IConfiguration configuration, string dataDirectory, StoreSelection stores)
    {
        var capacity = configuration.GetValue("Gup:Charging:QueueCapacity", 10_000);
        if (capacity < 1)
        {
            throw new Core.Hosting.ConfigurationException("Gup:Charging:QueueCapacity", $"is {capacity}.", "Use a positive number of records (default 10000).");
        }

        var groupDelay = GroupDelay(configuration);
        services.AddSingleton(_ => Store(dataDirectory, stores));
        services.AddSingleton<IChargingRecords>(sp => sp.GetRequiredService<IChargingStore>());
        services.AddSingleton(sp => new ChargingWriter(sp.GetRequiredService<IChargingStore>(), sp.GetRequiredService<TimeProvider>(), capacity,
            sp.GetRequiredService<ILogger<ChargingWriter>>(), groupDelay));
        services.AddSingleton<IChargingLog>(sp => sp.GetRequiredService<ChargingWriter>());
    }

    /// <summary><c>Gup:Charging:GroupDelay</c>: from zero (each group written as soon as the last one is) to one second.</summary>
    public static TimeSpan GroupDelay(IConfiguration configuration)
    {
        var groupDelay = configuration.GetValue("Gup:Charging:GroupDelay", ChargingWriter.DefaultGroupDelay);
        if (groupDelay < TimeSpan.Zero || groupDelay > TimeSpan.FromSeconds(1))
        {
            throw new Core.Hosting.ConfigurationException("Gup:Charging:GroupDelay", $"is {groupDelay}.", "Use a time span from 00:00:00 to 00:00:01 (default 00:00:00.010).");
        }

        return groupDelay;
    }

    /// <summary>The store of charging records of a process configured like this one (also what <c>admin charging</c> reads).</summary>
    public static IChargingStore Store(string dataDirectory, StoreSelection stores) => stores.Postgres
        ? new PostgresChargingStore(stores.Gup, StoreSelection.GupSchema)
        : new SqliteChargingStore(System.IO.Path.Combine(dataDirectory, SqliteChargingStore.FileName));

    public static async Task InitializeAsync(WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            await app.Services.GetRequiredService<IChargingStore>().InitializeAsync(CancellationToken.None);
        }
    }

    /// <summary>Writes every queued record; called once the server has stopped taking requests, before the stores close.</summary>
    public static void Flush(WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.Services.GetRequiredService<ChargingWriter>().DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Makes <paramref name="service"/> write a record per operation, when charging is enabled.</summary>
    public static void Attach(WebApplication app, SoapService service, ChargingMode defaultMode = ChargingMode.Direct)
    {
        if (Enabled(app.Configuration))
        {
            service.Charging = new ChargingRecorder(service.Name, app.Services.GetRequiredService<IChargingLog>(), app.Services.GetRequiredService<TimeProvider>(), defaultMode);
        }
    }
}
