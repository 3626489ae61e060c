using System.CommandLine;
using System.Xml.Linq;
using GupSoap.Core.Security;
using GupSoap.Server.Tooling;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// <c>token</c>: prints a bearer assertion signed with this deployment's own key (the one under
/// <c>{DataDirectory}/keys</c>), so a local application can call the services with security on; <c>--header</c>
/// prints a whole wsse:Security header, <c>--soapui FILE</c> writes the token into a SoapUI project's property.
/// </summary>
internal static class TokenCommand
{
    public const string DemoProvider = "urn:gupsoap:app:demo";

    public static Command Create(CommandContext context)
    {
        var provider = new Option<string>("--provider") { Description = "providerID the token is issued to (sb:Sender of your requests)", DefaultValueFactory = _ => DemoProvider, HelpName = "ID" };
        var audience = new Option<string[]>("--audience") { Description = "providerID of the service it is for; repeatable; default the GUP Server (Gup:ProviderId)", HelpName = "ID" };
        var subscriber = new Option<string?>("--subscriber") { Description = "subscriber the application acts for, e.g. sip:alice@example.org", HelpName = "ID" };
        var application = new Option<string?>("--application") { Description = "application id inside the provider", HelpName = "ID" };
        var minutes = new Option<int>("--minutes") { Description = "lifetime in minutes, 1..1440", DefaultValueFactory = _ => 60, HelpName = "N" };
        minutes.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1440)
            {
                r.AddError("--minutes must be between 1 and 1440.");
            }
        });
        var oneTime = new Option<bool>("--one-time") { Description = "add OneTimeUse: the token is accepted once" };
        var header = new Option<bool>("--header") { Description = "print a complete wsse:Security header (Timestamp valid 5 minutes + the token)" };
        var soapUi = new Option<FileInfo>("--soapui")
        {
            Description = "write the token, and one of the deployment itself, into the 'token' and 'operatorToken' properties of this SoapUI project (default audiences: every service) instead of printing it",
            HelpName = "PROJECT",
            CustomParser = InputFile.Parse,
        };

        var command = new Command("token", "Mint a bearer token (SAML 2.0 assertion) with this deployment's signing key.")
        {
            provider, audience, subscriber, application, minutes, oneTime, header, soapUi,
        };
        command.SetAction(result =>
        {
            var configuration = context.Configuration();
            var project = result.GetValue(soapUi);
            var audiences = result.GetValue(audience) ?? [];
            if (project is not null && audiences.Length == 0)
            {
                audiences = [.. SoapUiProject.Audiences(configuration)];
            }

            var time = TimeProvider.System;
            var token = TokenMinter.Mint(configuration, new TokenRequest(result.GetValue(provider)!, audiences, result.GetValue(subscriber),
                result.GetValue(application), result.GetValue(minutes), result.GetValue(oneTime)), time);
            var output = result.InvocationConfiguration.Output;
            if (project is not null)
            {
                SoapUiProject.SetTokens(project.FullName, token, TokenMinter.MintForDeployment(configuration, audiences, TimeSpan.FromMinutes(result.GetValue(minutes)), time));
                output.WriteLine($"{project.Name}: properties 'token' and 'operatorToken' set (audiences {string.Join(' ', audiences)}); reload the project in SoapUI.");
                return ExitCodes.Ok;
            }

            var printed = result.GetValue(header) ? SecurityHeader.Create(token, time.GetUtcNow(), TimeSpan.FromMinutes(5)) : token;
            output.WriteLine(printed.ToString(SaveOptions.DisableFormatting));
            return ExitCodes.Ok;
        });
        return command;
    }
}
