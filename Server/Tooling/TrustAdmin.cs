using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>What <c>admin trust add</c> was asked to trust.</summary>
internal sealed record TrustAddRequest(string EntityId, string CertificatePath, bool Hplmn, bool Intermediary);

/// <summary>
/// <c>admin trust list|add|remove</c>: the operator's trust list of assertion issuers (SECURITY.md S13), the file every
/// process of the deployment reads again when it changes (<see cref="LiveTrustList"/>): an issuer added is trusted
/// from the next request, one removed is refused from the next request, without a restart. Issuers of configuration
/// (<c>Gup:Security:TrustedIssuers</c>) are listed too but change only with the configuration. Changes are serialised
/// by a lock file, so two operators never lose each other's change.
/// </summary>
internal static class TrustAdmin
{
    public static async Task<int> ListAsync(IConfiguration configuration, TextWriter output)
    {
        var path = SecurityHosting.TrustListPath(configuration, ToolConfiguration.DataDirectory(configuration));
        foreach (var issuer in TrustedIssuerConfiguration.Read(configuration))
        {
            await output.WriteLineAsync(Line(issuer.EntityId, issuer.Certificates[0], issuer.Hplmn, issuer.Intermediary, "configuration"));
        }

        foreach (var entry in TrustListFile.Read(path))
        {
            using var certificate = X509Certificate2.CreateFromPem(entry.CertificatePem);
            await output.WriteLineAsync(Line(entry.EntityId, certificate, entry.Hplmn, entry.Intermediary, $"trust list, added {entry.AddedAt:yyyy-MM-dd HH:mm:ss}Z by {entry.AddedBy}"));
        }

        await output.WriteLineAsync($"(the deployment's own signing key is always trusted; trust list: {path})");
        return 0;
    }

    public static async Task<(int ExitCode, string Outcome)> AddAsync(IConfiguration configuration, TrustAddRequest request, TextWriter output, TimeProvider time)
    {
        string pem;
        try
        {
            var certificates = PemFiles.LoadAll("--certificate", request.CertificatePath);
            if (certificates.Any(c => c.NotAfter.ToUniversalTime() <= time.GetUtcNow().UtcDateTime))
            {
                return await RefuseAsync(output, $"the certificate in {request.CertificatePath} has expired.");
            }

            pem = string.Concat(certificates.Select(c => c.ExportCertificatePem() + "\n"));
        }
        catch (ConfigurationException ex)
        {
            return await RefuseAsync(output, ex.Message);
        }

        if (TrustedIssuerConfiguration.Read(configuration).Any(i => i.EntityId == request.EntityId)
            || request.EntityId == ToolConfiguration.ProviderId(configuration))
        {
            return await RefuseAsync(output, $"'{request.EntityId}' is trusted by configuration; change it there.");
        }

        var path = SecurityHosting.TrustListPath(configuration, ToolConfiguration.DataDirectory(configuration));
        using var _ = await LockAsync(path);
        var entries = TrustListFile.Read(path).ToList();
        if (entries.Any(e => e.EntityId == request.EntityId))
        {
            return await RefuseAsync(output, $"'{request.EntityId}' is in the trust list already; remove it first to replace it.");
        }

        entries.Add(new TrustListEntry(request.EntityId, pem, request.Hplmn, request.Intermediary, time.GetUtcNow(), AdminAudit.Operator));
        TrustListFile.Write(path, entries);
        await output.WriteLineAsync($"Trusted {request.EntityId} (HPLMN {request.Hplmn}, intermediary {request.Intermediary}) from the next request; trust list {path}.");
        return (0, $"added (HPLMN {request.Hplmn}, intermediary {request.Intermediary})");
    }

    public static async Task<(int ExitCode, string Outcome)> RemoveAsync(IConfiguration configuration, string entityId, TextWriter output)
    {
        var path = SecurityHosting.TrustListPath(configuration, ToolConfiguration.DataDirectory(configuration));
        using var _ = await LockAsync(path);
        var entries = TrustListFile.Read(path).ToList();
        if (entries.RemoveAll(e => e.EntityId == entityId) == 0)
        {
            return await RefuseAsync(output, TrustedIssuerConfiguration.Read(configuration).Any(i => i.EntityId == entityId)
                ? $"'{entityId}' is trusted by configuration; change it there."
                : $"'{entityId}' is not in the trust list.");
        }

        TrustListFile.Write(path, entries);
        await output.WriteLineAsync($"Removed {entityId}: its assertions are refused from the next request; trust list {path}.");
        return (0, "removed");
    }

    private static async Task<(int, string)> RefuseAsync(TextWriter output, string reason)
    {
        await output.WriteLineAsync("Refused: " + reason);
        return (1, "refused: " + reason);
    }

    private static string Line(string entityId, X509Certificate2 certificate, bool hplmn, bool intermediary, string source) =>
        $"{entityId}  HPLMN={hplmn}  intermediary={intermediary}  SHA-256 {Convert.ToHexString(SHA256.HashData(certificate.RawData))[..16]}…  " +
        $"valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}  ({source})";

    /// <summary>An exclusive lock beside the trust list while it is read and rewritten.</summary>
    private static async Task<FileStream> LockAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 100)
            {
                await Task.Delay(50);
            }
        }
    }
}
