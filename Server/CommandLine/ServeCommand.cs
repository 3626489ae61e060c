using System.CommandLine;
using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Connections;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// The root command: runs the server (ARCHITECTURE.md "Process model"): everything in one process by default, or one
/// role. The host reads its options as configuration (<c>urls</c>, <c>role</c>, …) beside any <c>--Section:Key=value</c>;
/// they are handed over as parsed here (last value wins), so every spelling System.CommandLine accepts means the same there.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Names of the root's own options: "--role:raf" is that option's value, not a configuration path.</summary>
    public static readonly IReadOnlySet<string> OptionNames = new HashSet<string>(["urls", "role", "raf-name", "environment"], StringComparer.OrdinalIgnoreCase);

    private const string Description = """
        GupSoap: 3GPP Generic User Profile server (Rg GUP Server, Rp RAFs, Liberty Discovery, MCPTT configuration management).
        Without a command it runs the server: by default every role in one process with two RAFs (hss, services) and
        demo data, on http://127.0.0.1:8080 and https://127.0.0.1:8443, data under ./data.

        Any configuration key can be set as --Section:Key=VALUE (or --Section:Key VALUE), e.g.
          --Gup:DataDirectory=./data-hss   --Gup:Https:Url=   --Gup:Rafs:hss:Address=http://127.0.0.1:9101/raf/hss/rp
        The same keys come from appsettings.json and the environment (Gup__DataDirectory=...); README.md lists them.
        """;

    public static RootCommand Create(CommandContext context)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = "http addresses to listen on, ';'-separated (default http://127.0.0.1:8080); https: --Gup:Https:Url",
            HelpName = "URLS",
        };
        var role = new Option<string[]>("--role") { Description = "what this process runs: all (default), gup, raf or disco", HelpName = "ROLE" };
        role.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(t => t.Value).Where(v => !Roles.Contains(v)))
            {
                result.AddError($"--role: unknown role '{value}'. Use all, gup, raf or disco.");
            }
        });
        var rafName = new Option<string[]>("--raf-name") { Description = "with --role raf: which RAF of Gup:Rafs this process runs (e.g. hss)", HelpName = "NAME" };
        var environment = new Option<string[]>("--environment") { Description = "ASP.NET Core environment name (default Production)", HelpName = "NAME" };
        // Repeating an option is allowed, as .NET configuration allows it: the last value wins.
        foreach (var option in new[] { urls, role, rafName, environment })
        {
            option.Arity = ArgumentArity.OneOrMore;
            option.AllowMultipleArgumentsPerToken = false;
        }

        var root = new RootCommand(Description) { urls, role, rafName, environment };
        root.SetAction((result, cancellationToken) =>
        {
            var hostArgs = new List<string>(context.Overrides.Arguments);
            foreach (var option in new[] { urls, role, rafName, environment })
            {
                if (result.GetValue(option) is [.., var last])
                {
                    hostArgs.Add($"{option.Name}={last}");
                }
            }

            return RunAsync(hostArgs, cancellationToken);
        });
        return root;
    }

    private static readonly HashSet<string> Roles = new(["all", "gup", "raf", "disco"], StringComparer.OrdinalIgnoreCase);

    private static async Task<int> RunAsync(List<string> hostArgs, CancellationToken cancellationToken)
    {
        var app = await GupSoapHost.BuildAsync([.. hostArgs]);
        try
        {
            await app.RunAsync(cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            // Another process took a port between the check at start and the bind.
            throw ListenPorts.InUse(ex.Message, ex);
        }

        return ExitCodes.Ok;
    }
}
