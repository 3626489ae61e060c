using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Core.Saml;

/// <summary>
/// Reads <c>Gup:Security:TrustedIssuers:{i}</c> (PROTOCOL.md "Identities and configuration keys"): EntityId,
/// CertificatePath (PEM, one or more certificates), Hplmn and Intermediary (default false). A broken entry stops the
/// start with a message naming the entry, never the file's content.
/// </summary>
public static class TrustedIssuerConfiguration
{
    public const string SectionPath = "Gup:Security:TrustedIssuers";

    public static List<TrustedIssuer> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var entries = configuration.GetSection(SectionPath).GetChildren()
            .OrderBy(e => int.TryParse(e.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue)
            .ThenBy(e => e.Key, StringComparer.Ordinal);
        return [.. entries.Select(ReadEntry)];
    }

    private static TrustedIssuer ReadEntry(IConfigurationSection entry)
    {
        var name = entry.Path;
        var entityId = entry["EntityId"];
        var path = entry["CertificatePath"];
        if (string.IsNullOrWhiteSpace(entityId) || string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"{name}: EntityId and CertificatePath are required.");
        }

        return new TrustedIssuer(entityId, LoadCertificates(name, path), Flag(entry, "Hplmn"), Flag(entry, "Intermediary"));
    }

    private static X509Certificate2[] LoadCertificates(string name, string path)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new InvalidOperationException($"{name}: the certificate file cannot be read ({ex.GetType().Name}).", ex);
        }

        return certificates.Count > 0
            ? [.. certificates]
            : throw new InvalidOperationException($"{name}: the certificate file holds no PEM certificate.");
    }

    private static bool Flag(IConfigurationSection entry, string key)
    {
        var text = entry[key];
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return bool.TryParse(text, out var value) ? value : throw new InvalidOperationException($"{entry.Path}:{key} must be true or false.");
    }
}
