using GupSoap.Core.Hosting;

namespace GupSoap.Core.Saml;

/// <summary>
/// The trust list file (<see cref="TrustListFile"/>) as a running process sees it: read again whenever it changed, so
/// an issuer added or removed by <c>admin trust</c> counts from the next request, without a restart. A file that
/// cannot be read keeps the issuers read last and is reported through <paramref name="problem"/>.
/// </summary>
public sealed class LiveTrustList(string path, Action<string> problem)
{
    private readonly WatchedFile<IReadOnlyDictionary<string, TrustedIssuer>> _file =
        new(path, new Dictionary<string, TrustedIssuer>(), new FileStamp(false, -1, default), Read, null, problem);

    public string Path => _file.Path;

    public IReadOnlyDictionary<string, TrustedIssuer> Current() => _file.Current;

    private static (IReadOnlyDictionary<string, TrustedIssuer>? Value, string? Problem) Read(string path)
    {
        try
        {
            return (TrustListFile.Read(path).Select(e => e.ToIssuer()).ToDictionary(i => i.EntityId, StringComparer.Ordinal), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            return (null, ex.Message);
        }
    }
}
