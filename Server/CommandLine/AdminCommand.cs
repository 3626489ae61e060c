using System.CommandLine;
using GupSoap.Server.Tooling;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// <c>admin</c>: operator tools of a deployment: <c>import</c>/<c>export</c> of profiles, <c>trust list|add|remove</c>,
/// <c>rules reload</c> (each in its own file, recorded by <c>AdminAudit</c>) and <c>schema list|check FILE|add FILE</c>,
/// the component types on a live system (TS 23.240 §4.1.1). <c>check</c> compiles FILE with the schema directory and checks every
/// stored document of the types it changes at each RAF whose store this configuration reaches, as the next start
/// would; <c>add</c> does the same and, when it passes, puts FILE (and its descriptor) into the schema directory,
/// served after a restart of each process. Exit code 0 when done, 1 when refused, 2 on usage or configuration errors.
/// </summary>
internal static class AdminCommand
{
    public static Command Create(CommandContext context)
    {
        var list = new Command("list", "Every component type: root element, prefix, schema file, instance key, where declared, RAFs holding it.");
        list.SetAction((result, _) => SchemaList.RunAsync(context.Configuration(), result.InvocationConfiguration.Output));

        var check = SchemaFileCommand(context, "check",
            "Compile FILE (NAME.xsd, with NAME.component.json beside it when it declares component types) with the schema directory and check every stored document of the types it adds or revises.",
            add: false);
        var add = SchemaFileCommand(context, "add", "Check FILE, then copy it and its descriptor into the schema directory; restart to serve it.", add: true);

        var schema = new Command("schema", "Component types of the deployment (--Gup:DataDirectory, --Gup:Schemas:Directory, --Gup:Store, --ConnectionStrings:Gup, ...).")
        {
            list, check, add,
        };
        return new Command("admin", "Operator tools of the deployment.")
        {
            schema,
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            TrustCommand.Create(context),
            RulesCommand.Create(context),
            AdminConsoleUserCommand.Create(context),
            AdminChargingCommand.Create(context),
        };
    }

    private static Command SchemaFileCommand(CommandContext context, string name, string description, bool add)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "an XSD; its descriptor NAME.component.json beside it", CustomParser = InputFile.Parse };
        var command = new Command(name, description) { file };
        command.SetAction((result, cancellationToken) => SchemaCheck.RunAsync(context.Configuration(), result.GetValue(file)!.FullName, add,
            result.InvocationConfiguration.Output, cancellationToken));
        return command;
    }
}
