using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>
/// Where an interrupted <c>admin import</c> resumes: the position after the last committed batch and the counts so
/// far, for one source (its fingerprint: file names, sizes, change times). Written after every commit by replacing
/// the file (write beside, then rename), so it is never half-written and never ahead of what is stored; removed when
/// the import finishes.
/// </summary>
internal sealed record ImportCheckpoint(string Source, string Fingerprint, long Position, long Imported, long AlreadyPresent, long Rejected,
    Dictionary<string, long> RejectedByKind)
{
    /// <summary>The default place: <c>imports/</c> in the data directory, named after the source's full path.</summary>
    public static string DefaultPath(string dataDirectory, string source)
    {
        var full = Path.GetFullPath(source).TrimEnd(Path.DirectorySeparatorChar);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        return Path.Combine(dataDirectory, "imports", $"{Path.GetFileName(full)}-{hash}.checkpoint.json");
    }

    public static ImportCheckpoint? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ImportCheckpointJson.Default.ImportCheckpoint);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, ImportCheckpointJson.Default.ImportCheckpoint));
        File.Move(temporary, path, overwrite: true);
    }
}

[JsonSerializable(typeof(ImportCheckpoint))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class ImportCheckpointJson : JsonSerializerContext;
