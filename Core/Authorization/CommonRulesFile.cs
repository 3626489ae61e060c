using GupSoap.Core.Hosting;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The operator's common rules (TS 23.240 §4.1.4): one <c>gup:AuthorizationRules</c> document from configuration
/// (<c>Gup:Authorization:CommonRulesPath</c>), read once at start through the safe loader; applied to every profile
/// together with that subscriber's own rules.
/// </summary>
public static class CommonRulesFile
{
    private const string Key = "Gup:Authorization:CommonRulesPath";

    /// <summary>The file <c>admin rules reload</c> replaces to make running processes read <paramref name="rulesPath"/> again.</summary>
    public static string ReloadSignalOf(string rulesPath) => rulesPath + ".reload";

    /// <summary>
    /// The rules file, read again each time its reload signal changes from <paramref name="signal"/> (<see cref="CommonRules"/>),
    /// starting with <paramref name="initial"/> (read at start with <see cref="Load"/>, so a process never starts with rules it cannot read).
    /// </summary>
    /// <param name="reloaded">Told the rules read on every reload.</param>
    /// <param name="problem">Told why a reload was refused (the rules in force stay).</param>
    public static CommonRules Watch(string path, AuthorizationRules initial, FileStamp signal, XmlLimits limits, Action<AuthorizationRules> reloaded, Action<string> problem) =>
        new(new WatchedFile<AuthorizationRules>(ReloadSignalOf(path), initial, signal, _ => TryRead(path, limits), reloaded, problem));

    /// <summary>The rules of the file, or why not (a message naming the file, never its content).</summary>
    public static (AuthorizationRules? Rules, string? Problem) TryRead(string path, XmlLimits limits)
    {
        try
        {
            return (Load(path, limits), null);
        }
        catch (ConfigurationException ex)
        {
            return (null, ex.Message);
        }
    }

    public static AuthorizationRules Load(string path, XmlLimits limits)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (FileProblem.IsFileProblem(ex))
        {
            throw new ConfigurationException(Key, $"cannot read '{path}' ({FileProblem.Describe(ex)}).", "Point it to a readable gup:AuthorizationRules document.", ex);
        }

        using var _ = stream;
        var loaded = SafeXmlLoader.Load(stream, limits);
        if (!loaded.Success)
        {
            throw new ConfigurationException(Key, $"'{Path.GetFileName(path)}' is not well-formed XML ({loaded.Error}).", "Fix the file or point the key to another one.");
        }

        var (rules, error) = AuthorizationRules.Read(loaded.Document!.Root!);
        return rules ?? throw new ConfigurationException(Key, $"'{Path.GetFileName(path)}' holds invalid rules ({error}).", "Fix the file or point the key to another one.");
    }
}
