using System.CommandLine;
using GupSoap.Server.Tooling;

namespace GupSoap.Server.CommandLine;

/// <summary><c>admin rules reload</c>: the common rules, checked, then applied by running processes from their next request (<see cref="RulesReload"/>).</summary>
internal static class RulesCommand
{
    public static Command Create(CommandContext context)
    {
        var reload = new Command("reload",
            "Check the common rules file (Gup:Authorization:CommonRulesPath) and, when it reads, make every running process that reads it apply it from its next request.");
        reload.SetAction(async (result, _) =>
        {
            var configuration = context.Configuration();
            var (exit, outcome, path) = await RulesReload.RunAsync(configuration, result.InvocationConfiguration.Output, TimeProvider.System);
            await AdminAudit.RecordAsync(configuration, result.InvocationConfiguration.Error, "rules reload", path, outcome, exit == 0);
            return exit;
        });
        return new Command("rules", "The operator's common authorization rules.") { reload };
    }
}
