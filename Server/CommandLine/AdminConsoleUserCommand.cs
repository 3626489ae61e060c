using System.CommandLine;
using System.Text;
using GupSoap.Server.WebConsole;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// <c>admin console-user add NAME --role care|admin</c>: creates or replaces a local account of the operator console
/// (for a deployment without an IdP). The password is read from <c>--password-file</c> or standard input, never from
/// the command line (it would stay in the shell history and the process list); only its PBKDF2 hash is stored.
/// </summary>
internal static class AdminConsoleUserCommand
{
    public static Command Create(CommandContext context)
    {
        var name = new Argument<string>("NAME") { Description = "the user name to sign in with" };
        var role = new Option<string>("--role") { Description = "care (read) or admin (read and change)", Required = true, HelpName = "care|admin" };
        role.AcceptOnlyFromAmong(ConsoleRoles.Care, ConsoleRoles.Admin);
        var passwordFile = new Option<FileInfo>("--password-file") { Description = "read the password from the first line of this file instead of standard input", HelpName = "FILE", CustomParser = InputFile.Parse };
        var add = new Command("add", $"Create or replace a console account; the password ({ConsoleAccounts.MinPasswordLength}+ characters) comes from standard input or --password-file.")
        {
            name, role, passwordFile,
        };
        add.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var file = result.GetValue(passwordFile);
            var password = file is null ? ReadPassword(output) : (await File.ReadAllLinesAsync(file.FullName, cancellationToken)).FirstOrDefault() ?? "";
            var configuration = context.Configuration();
            var dataDirectory = Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data");
            Directory.CreateDirectory(dataDirectory);
            var accounts = ConsoleAccounts.In(dataDirectory);
            var problem = accounts.Set(result.GetValue(name)!, result.GetValue(role)!, password);
            if (problem is not null)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(problem);
                return ExitCodes.Failed;
            }

            await output.WriteLineAsync($"Console user '{result.GetValue(name)}' ({result.GetValue(role)}) saved in {accounts.Path}.");
            return ExitCodes.Ok;
        });
        return new Command("console-user", "Local accounts of the web console at /console (--Gup:DataDirectory).") { add };
    }

    /// <summary>One line of standard input; typed at a terminal, without echo.</summary>
    private static string ReadPassword(TextWriter output)
    {
        if (System.Console.IsInputRedirected)
        {
            return System.Console.In.ReadLine() ?? "";
        }

        output.Write("Password: ");
        var typed = new StringBuilder();
        for (var key = System.Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = System.Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.ToString();
    }
}
