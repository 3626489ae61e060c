using GupSoap.Core.Security;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Subscriptions;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// What the CM operations share: the Rg machinery they reach the repositories with (locator, Rp client, rules, time),
/// the subscription bookkeeping, the device activation store, the key profiles are signed with, and the settings.
/// </summary>
public sealed record McpttContext(RgContext Rg, SubscriptionContext Subscriptions, IDeviceActivationStore Devices, SigningCredentials Signing, McpttOptions Options, ILogger Logger)
{
    public DateTime Now => Rg.Now;
}
