using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GupSoap.Core.Saml;

/// <summary>One issuer of the operator's trust list: what <c>admin trust add</c> recorded (the certificate as PEM text).</summary>
public sealed record TrustListEntry(string EntityId, string CertificatePem, bool Hplmn, bool Intermediary, DateTimeOffset AddedAt, string AddedBy)
{
    public TrustedIssuer ToIssuer()
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(CertificatePem);
        return certificates.Count == 0
            ? throw new InvalidDataException($"The trust list entry '{EntityId}' holds no certificate.")
            : new TrustedIssuer(EntityId, [.. certificates], Hplmn, Intermediary);
    }
}

/// <summary>
/// The trust list managed at run time (SECURITY.md S13), beside the issuers of configuration: a JSON file
/// (<c>Gup:Security:TrustListPath</c>, default <c>trusted-issuers.json</c> in the key directory) written only by
/// <c>admin trust</c>, always by replacing it whole (write beside, rename), and read by every process that uses that
/// key directory.
/// </summary>
public static class TrustListFile
{
    public const string FileName = "trusted-issuers.json";

    /// <exception cref="InvalidDataException">The file is not a trust list.</exception>
    public static IReadOnlyList<TrustListEntry> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(text, TrustListJson.Default.TrustList)?.Issuers ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not a trust list ({ex.Message}).", ex);
        }
    }

    public static void Write(string path, IReadOnlyList<TrustListEntry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new TrustList([.. entries]), TrustListJson.Default.TrustList));
        File.Move(temporary, path, overwrite: true);
    }

    internal sealed record TrustList(List<TrustListEntry> Issuers);
}

[JsonSerializable(typeof(TrustListFile.TrustList))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class TrustListJson : JsonSerializerContext;
