using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;

namespace GupSoap.Core.Security;

/// <summary>
/// PEM files named by configuration (server and client certificates, pinned peers, trusted issuers): a file that
/// cannot be read is a <see cref="ConfigurationException"/> naming the key, the path and why, never the file's content.
/// </summary>
public static class PemFiles
{
    /// <summary>A certificate with the private key from <paramref name="privateKey"/> or from the certificate file itself.</summary>
    public static X509Certificate2 Load(string key, string certPath, (string Key, string Path)? privateKey)
    {
        ArgumentNullException.ThrowIfNull(certPath);
        EnsureReadable(key, certPath);
        if (privateKey is { } named)
        {
            EnsureReadable(named.Key, named.Path);
        }

        try
        {
            return TlsCertificates.LoadPem(certPath, privateKey?.Path);
        }
        catch (CryptographicException)
        {
            throw new ConfigurationException(privateKey?.Key ?? key, $"'{certPath}' is not a PEM certificate{(privateKey is null ? "" : " with its matching PEM key")}.",
                "Point it to a PEM file (-----BEGIN CERTIFICATE-----).");
        }
    }

    /// <summary>Every certificate of a PEM file (at least one).</summary>
    public static X509Certificate2Collection LoadAll(string key, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        EnsureReadable(key, path);
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException)
        {
            certificates.Clear();
        }

        return certificates.Count > 0
            ? certificates
            : throw new ConfigurationException(key, $"'{path}' holds no PEM certificate.", "Point it to a PEM file (-----BEGIN CERTIFICATE-----).");
    }

    private static void EnsureReadable(string key, string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
        }
        catch (Exception ex) when (FileProblem.IsFileProblem(ex))
        {
            throw new ConfigurationException(key, $"cannot read '{path}' ({FileProblem.Describe(ex)}).", "Point it to a readable PEM file.", ex);
        }
    }
}
