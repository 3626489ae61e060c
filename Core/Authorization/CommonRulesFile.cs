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
