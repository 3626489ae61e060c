using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
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
            throw new ConfigurationException(name, "EntityId and CertificatePath are both required.", $"Set {name}:EntityId and {name}:CertificatePath (the issuer's PEM certificate).");
        }

        return new TrustedIssuer(entityId, LoadCertificates(name, path), Flag(entry, "Hplmn"), Flag(entry, "Intermediary"));
    }

    private static X509Certificate2[] LoadCertificates(string name, string path) => [.. PemFiles.LoadAll(name + ":CertificatePath", path)];

    private static bool Flag(IConfigurationSection entry, string key)
    {
        var text = entry[key];
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        return bool.TryParse(text, out var value) ? value : throw new ConfigurationException($"{entry.Path}:{key}", $"'{text}' is not a boolean.", "Use true or false.");
    }
}
