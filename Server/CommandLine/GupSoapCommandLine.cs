using System.CommandLine;
using GupSoap.Core.Hosting;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// The executable's command line (System.CommandLine): the root runs the server; <c>token</c>, <c>call</c>,
/// <c>mcptt import</c> and <c>admin</c> (import, export, trust, rules, schema) are tools of the same deployment. Each command lives in its own file; this class wires them,
/// turns usage errors into exit code 2 and a configuration mistake into one line naming the key, also exit code 2.
/// </summary>
internal static class GupSoapCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var overrides = ConfigurationOverrides.Split(args);
        var context = new CommandContext(overrides);
        var root = ServeCommand.Create(context);
        root.Add(TokenCommand.Create(context));
        root.Add(CallCommand.Create(context));
        root.Add(McpttCommand.Create(context));
        root.Add(AdminCommand.Create(context));

        var parsed = root.Parse(overrides.Remaining);
        if (overrides.Problem is not null || (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true }))
        {
            foreach (var message in parsed.Errors.Select(e => e.Message).Prepend(overrides.Problem).OfType<string>())
            {
                await error.WriteLineAsync(message);
            }

            var command = string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? [] : CommandPath(parsed.CommandResult.Command, root));
            await error.WriteLineAsync($"See: dotnet run --project Server -- {(command.Length > 0 ? command + " " : "")}--help");
            return ExitCodes.Usage;
        }

        // The server handles Ctrl+C itself (graceful stop); the tools need no help for it either.
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (ConfigurationException ex)
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    private static List<string> CommandPath(Command command, RootCommand root)
    {
        var path = new List<string>();
        for (Symbol? current = command; current is Command c && c != root; current = c.Parents.FirstOrDefault())
        {
            path.Insert(0, c.Name);
        }

        return path;
    }
}
