using System.Xml.Linq;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;

namespace GupSoap.Discovery.Registry;

/// <summary>An entry's metadata as stored: the SvcMD element as text, read back through the safe loader like any input.</summary>
internal static class SvcMdText
{
    private static readonly XmlLimits Limits = new();

    public static string Write(SvcMD entry) => MessageSerializer.ToElement(entry).ToString(SaveOptions.DisableFormatting);

    public static SvcMD Read(string text)
    {
        var loaded = SafeXmlLoader.Load(text, Limits);
        var (value, error) = loaded.Success ? MessageSerializer.Deserialize(loaded.Document!.Root!, typeof(SvcMD)) : (null, loaded.Error);
        return value as SvcMD ?? throw new InvalidDataException("A stored SvcMD is unreadable: " + error);
    }
}
