using System.CommandLine;
using GupSoap.Server.Tooling;
using GupSoap.Server.Tooling.Profiles;

namespace GupSoap.Server.CommandLine;

/// <summary><c>admin import PATH</c>: subscribers' profiles into the RAF stores, validated, batched, resumable (<see cref="ProfileImport"/>).</summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "an XML file (one gup:Profile, or a Profiles root of many) or a directory of *.xml files",
        };
        path.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (!File.Exists(text) && !Directory.Exists(text))
            {
                result.AddError($"No file or directory '{text}'.");
            }
        });
        var batch = new Option<int>("--batch-size") { Description = "profiles per transaction", DefaultValueFactory = _ => 1000, HelpName = "N" };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--batch-size must be between 1 and 100000.");
            }
        });
        var checkpoint = new Option<string>("--checkpoint") { Description = "where the position is recorded (default: imports/ in the data directory)", HelpName = "FILE" };
        var restart = new Option<bool>("--restart") { Description = "ignore an earlier interrupted run's checkpoint and start from the first profile" };
        var command = new Command("import",
            "Import subscribers' profiles through the RAFs' write path: each document validated, batches committed in transactions, progress with rate and ETA, " +
            "a summary of imported and rejected with reasons; Ctrl+C stops after the current batch and the same command resumes.")
        {
            path, batch, checkpoint, restart,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var request = new ImportRequest(result.GetValue(path)!, result.GetValue(batch), result.GetValue(checkpoint), result.GetValue(restart));
            var configuration = context.Configuration();
            using var interrupt = new InterruptSignal(cancellationToken);
            int exit = LiveImportProgress.Usable(output)
                ? await LiveImportProgress.RunAsync(progress => ProfileImport.RunAsync(configuration, request, output, progress, TimeProvider.System, interrupt.Token))
                : await ProfileImport.RunAsync(configuration, request, output, new PlainImportProgress(output, TimeProvider.System), TimeProvider.System, interrupt.Token);
            await AdminAudit.RecordAsync(configuration, result.InvocationConfiguration.Error, "import", request.Path, exit == 0 ? "completed" : exit == ProfileImport.Interrupted ? "interrupted" : $"exit code {exit}", exit == 0);
            return exit;
        });
        return command;
    }
}
