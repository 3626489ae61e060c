using System.Security.Cryptography;

namespace GupSoap.Core.Hosting;

/// <summary>Why a configured file could not be used, in words for a <see cref="ConfigurationException"/> (never its content).</summary>
public static class FileProblem
{
    public static bool IsFileProblem(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or CryptographicException;

    public static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        CryptographicException => "not a usable PEM key or certificate",
        IOException => "not readable or writable here",
        _ => "not a usable path",
    };
}
