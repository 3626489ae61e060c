using System.Globalization;
using System.Security;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Xml;

namespace GupSoap.Server.Tooling;

/// <summary>
/// A request sample for the <c>call</c> command (samples/README.md): the Body content alone, one operation element
/// with its namespace declarations; the command adds the envelope and headers. <c>${expires}</c> anywhere in the file
/// becomes a time one hour from now, so subscription samples never expire before they are sent; any other
/// <c>${name}</c> takes the value given with <c>--set name=VALUE</c> (an InvokeID from an earlier answer).
/// </summary>
internal static partial class SampleFile
{
    public const string ExpiresPlaceholder = "${expires}";

    public static (XElement? Operation, string? Problem) Read(string path, DateTimeOffset now, IReadOnlyDictionary<string, string> values)
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
        text = text.Replace(ExpiresPlaceholder, expires, StringComparison.Ordinal);
        foreach (var (name, value) in values)
        {
            text = text.Replace("${" + name + "}", SecurityElement.Escape(value), StringComparison.Ordinal);
        }

        if (Placeholder().Match(text) is { Success: true } missing)
        {
            return (null, $"{path} needs a value for {missing.Value}: add --set {missing.Groups[1].Value}=VALUE.");
        }

        var loaded = SafeXmlLoader.Load(text, new XmlLimits());
        if (!loaded.Success)
        {
            return (null, $"{path} is not acceptable XML: {loaded.Error}");
        }

        var root = loaded.Document!.Root!;
        return root.Name.LocalName == "Envelope" && root.Name.NamespaceName is Namespaces.Soap11 or Namespaces.Soap12
            ? (null, $"{path} is a whole envelope; a sample holds only the Body content (the operation element), the command adds the headers.")
            : (root, null);
    }

    [GeneratedRegex(@"\$\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
