using System.Net;

namespace GupSoap.Core.Notifications;

/// <summary>Name resolution for callback hosts (SECURITY.md A2), replaceable so tests can play DNS rebinding.</summary>
public interface IHostResolver
{
    /// <summary>Every address <paramref name="host"/> resolves to; empty or an exception when it does not resolve.</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}
