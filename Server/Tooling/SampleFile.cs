using System.Globalization;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Xml;

namespace GupSoap.Server.Tooling;

/// <summary>
/// A request sample for the <c>call</c> command (samples/README.md): the Body content alone, one operation element
/// with its namespace declarations; the command adds the envelope and headers. <c>${expires}</c> anywhere in the file
/// becomes a time one hour from now, so subscription samples never expire before they are sent.
/// </summary>
internal static class SampleFile
{
    public const string ExpiresPlaceholder = "${expires}";

    public static (XElement? Operation, string? Problem) Read(string path, DateTimeOffset now)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path} cannot be read ({ex.GetType().Name}).");
        }

        var expires = now.AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var loaded = SafeXmlLoader.Load(text.Replace(ExpiresPlaceholder, expires, StringComparison.Ordinal), new XmlLimits());
        if (!loaded.Success)
        {
            return (null, $"{path} is not acceptable XML: {loaded.Error}");
        }

        var root = loaded.Document!.Root!;
        return root.Name.LocalName == "Envelope" && root.Name.NamespaceName is Namespaces.Soap11 or Namespaces.Soap12
            ? (null, $"{path} is a whole envelope; a sample holds only the Body content (the operation element), the command adds the headers.")
            : (root, null);
    }
}
