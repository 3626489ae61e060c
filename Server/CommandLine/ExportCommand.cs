using System.CommandLine;
using GupSoap.Server.Tooling;
using GupSoap.Server.Tooling.Profiles;

namespace GupSoap.Server.CommandLine;

/// <summary><c>admin export [--subscriber S] [--out PATH]</c>: stored profiles in the format <c>admin import</c> reads (<see cref="ProfileExport"/>).</summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var subscriber = new Option<string>("--subscriber") { Description = "only this resource id, e.g. sip:alice@example.org", HelpName = "S" };
        var output = new Option<string>("--out")
        {
            Description = "a file (one Profiles document), or an existing directory (one file per subscriber); default standard output",
            HelpName = "PATH",
        };
        var command = new Command("export", "Export stored profiles (one gup:Profile per subscriber with its component documents) in the format admin import reads.")
        {
            subscriber, output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = context.Configuration();
            var request = new ExportRequest(result.GetValue(subscriber), result.GetValue(output));
            var exit = await ProfileExport.RunAsync(configuration, request, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
            await AdminAudit.RecordAsync(configuration, result.InvocationConfiguration.Error, "export", request.Subscriber ?? "all subscribers", exit == 0 ? $"written to {request.OutPath ?? "standard output"}" : "no such subscriber", exit == 0, request.Subscriber);
            return exit;
        });
        return command;
    }
}
