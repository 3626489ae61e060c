using GupSoap.Contracts.Disco;

namespace GupSoap.Discovery.Registry;

/// <summary>
/// One registry entry: its metadata (with its svcMDID), who registered it, and whether it serves every subscriber
/// (registered by the deployment itself) or only the subscribers associated with it.
/// </summary>
public sealed record RegisteredService(SvcMD Metadata, string RegisteredBy, bool OperatorWide)
{
    public string Id => Metadata.SvcMDID!;

    public string ProviderId => Metadata.ProviderId!;
}
