using System.CommandLine;
using GupSoap.Server.Tooling;

namespace GupSoap.Server.CommandLine;

/// <summary><c>mcptt</c>: administration of MCPTT user profiles; today <c>mcptt import FILE [--url URL]</c>.</summary>
internal static class McpttCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "one mcptt-user-profile document, or a root element holding several; each names its MCPTTID", CustomParser = InputFile.Parse };
        var url = new Option<Uri>("--url")
        {
            Description = "the configuration management endpoint",
            DefaultValueFactory = _ => new Uri(McpttImport.DefaultUrl),
            CustomParser = HttpUrl.Parse,
            HelpName = "URL",
        };
        var import = new Command("import", "Create or replace MCPTT user profiles through /mcptt/cm with the deployment's own key; subscribed devices are notified.")
        {
            file, url,
        };
        import.SetAction((result, cancellationToken) => McpttImport.RunAsync(result.GetValue(file)!.FullName, result.GetValue(url)!, context.Configuration(),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));

        return new Command("mcptt", "MCPTT user profile administration.") { import };
    }
}
