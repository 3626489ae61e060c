namespace GupSoap.Server.Mcptt;

/// <summary>
/// Which user profile is active on which device (TS 23.280 §10.1.4.1: one active profile per device at a time):
/// activating a profile on a device replaces that device's previous one and leaves every other device as it was.
/// </summary>
public interface IDeviceActivationStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="profileId"/> the device's active profile, deactivating the one it had.</summary>
    Task ActivateAsync(string mcpttId, string deviceId, string profileId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The profile active on a device, if any.</summary>
    Task<string?> ActiveProfileAsync(string mcpttId, string deviceId, CancellationToken cancellationToken);

    /// <summary>Profile id → the devices (in name order) on which it is the active profile.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActiveDevicesAsync(string mcpttId, CancellationToken cancellationToken);
}
