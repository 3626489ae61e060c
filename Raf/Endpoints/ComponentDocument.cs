using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Endpoints;

/// <summary>Turns stored component text into a tree and back; stored data goes through the same safe loader as requests.</summary>
public static class ComponentDocument
{
    public static XElement Load(StoredComponent stored, XmlLimits limits)
    {
        var loaded = SafeXmlLoader.Load(stored.Data, limits);
        return loaded.Document?.Root ?? throw new InvalidDataException("Stored component is not readable: " + loaded.Error);
    }

    public static string Save(XElement component) => component.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
}
