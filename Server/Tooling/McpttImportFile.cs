using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Schemas;

namespace GupSoap.Server.Tooling;

/// <summary>
/// The file of the <c>mcptt import</c> command, read as untrusted XML through <see cref="SafeXmlLoader"/>: one
/// mcptt-user-profile document, or any root element holding several.
/// </summary>
internal static class McpttImportFile
{
    public static (IReadOnlyList<XElement>? Profiles, string? Problem) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"No such file: {path}");
        }

        using var stream = File.OpenRead(path);
        var loaded = SafeXmlLoader.Load(stream, new XmlLimits().WithMaxBodyBytes(16 * 1024 * 1024));
        if (!loaded.Success)
        {
            return (null, $"{path} is not acceptable XML: {loaded.Error}");
        }

        var root = loaded.Document!.Root!;
        var profiles = root.Name == ComponentTypeNames.McpttUserProfile
            ? [root]
            : root.Elements(ComponentTypeNames.McpttUserProfile).ToList();
        return profiles.Count > 0
            ? (profiles, null)
            : (null, $"{path} holds no {{{ComponentTypeNames.McpttUserProfileNamespace}}}mcptt-user-profile document.");
    }
}
