namespace GupSoap.Core.Hosting;

/// <summary>
/// A setting the process cannot start with: names the configuration key and says how to fix it, in one line that the
/// command line prints instead of a stack trace (exit code 2). Thrown only while reading configuration at start.
/// </summary>
public sealed class ConfigurationException : InvalidOperationException
{
    public ConfigurationException(string key, string problem, string fix)
        : base($"{key}: {problem} {fix}")
    {
        Key = key;
    }

    public ConfigurationException(string key, string problem, string fix, Exception inner)
        : base($"{key}: {problem} {fix}", inner)
    {
        Key = key;
    }

    public ConfigurationException()
        : this("(unknown)", "invalid configuration.", "Check the settings.")
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
        Key = "(unknown)";
    }

    public ConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
        Key = "(unknown)";
    }

    /// <summary>The configuration key (or command-line option) at fault, e.g. <c>Gup:Https:CertificatePath</c>.</summary>
    public string Key { get; }
}
