using GupSoap.Core.Xml;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The operator's common rules (TS 23.240 §4.1.4): one <c>gup:AuthorizationRules</c> document from configuration
/// (<c>Gup:Authorization:CommonRulesPath</c>), read once at start through the safe loader; applied to every profile
/// together with that subscriber's own rules.
/// </summary>
public static class CommonRulesFile
{
    public static AuthorizationRules Load(string path, XmlLimits limits)
    {
        using var stream = File.OpenRead(path);
        var loaded = SafeXmlLoader.Load(stream, limits);
        if (!loaded.Success)
        {
            throw new InvalidOperationException($"Common authorization rules '{Path.GetFileName(path)}' are not well-formed XML: {loaded.Error}");
        }

        var (rules, error) = AuthorizationRules.Read(loaded.Document!.Root!);
        return rules ?? throw new InvalidOperationException($"Common authorization rules '{Path.GetFileName(path)}' are invalid: {error}");
    }
}
