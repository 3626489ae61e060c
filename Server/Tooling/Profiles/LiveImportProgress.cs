using Spectre.Console;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>
/// Progress on an interactive terminal: a Spectre.Console bar with the share of the source read, the rate, the counts
/// and the time left. Only used when the output is the console and not redirected; otherwise <see cref="PlainImportProgress"/>.
/// </summary>
internal sealed class LiveImportProgress(ProgressTask task) : IImportProgress
{
    public static bool Usable(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static Task<T> RunAsync<T>(Func<IImportProgress, Task<T>> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: 1000);
                var result = await work(new LiveImportProgress(task));
                task.Value = task.MaxValue;
                return result;
            });

    public void Report(ImportStatus status)
    {
        task.Value = status.Fraction * task.MaxValue;
        task.Description = Markup.Escape($"imported {status.Imported:N0}  present {status.AlreadyPresent:N0}  rejected {status.Rejected:N0}  {status.Rate:N0}/s");
    }
}
