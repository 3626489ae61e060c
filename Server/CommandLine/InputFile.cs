using System.CommandLine.Parsing;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// A file argument that must exist. <c>dotnet run --project Server</c> runs in <c>Server/</c>, so a relative path
/// that is not found there is looked up in the parent directories too: <c>samples/rg/query-whole-profile.xml</c>
/// works as typed at the repository root.
/// </summary>
internal static class InputFile
{
    private const int Levels = 3;

    public static FileInfo? Parse(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        var found = Find(text);
        if (found is null)
        {
            result.AddError($"File does not exist: '{text}'.");
        }

        return found;
    }

    private static FileInfo? Find(string path)
    {
        if (File.Exists(path) || Path.IsPathRooted(path))
        {
            return File.Exists(path) ? new FileInfo(path) : null;
        }

        var directory = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent;
        for (var level = 0; level < Levels && directory is not null; level++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate))
            {
                return new FileInfo(candidate);
            }
        }

        return null;
    }
}
