using System.Reflection;

namespace GupSoap.Core.Wsdl;

/// <summary>Reads a text resource embedded in an assembly (the WSDLs and message XSDs).</summary>
public static class EmbeddedText
{
    public static string? Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
