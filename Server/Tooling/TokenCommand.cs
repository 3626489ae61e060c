using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>dotnet run --project Server -- token [options]</c>: mints a bearer assertion signed with this deployment's own
/// key (the one under <c>{DataDirectory}/keys</c>), so a local application can call the services with security on.
/// Prints the saml2:Assertion, or with <c>--header</c> a whole wsse:Security header with a fresh Timestamp.
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    private const string Usage = """
        Usage: dotnet run --project Server -- token [--provider ID] [--audience ID]... [--subscriber ID]
                                                    [--application ID] [--minutes N] [--one-time] [--header]
          --provider     providerID the token is issued to (sb:Sender of your requests); default urn:gupsoap:app:demo
          --audience     providerID of the service it is for; repeatable; default the GUP Server (Gup:ProviderId)
          --subscriber   subscriber the application acts for (attribute); optional
          --application  application id inside the provider (attribute); optional
          --minutes      lifetime, 1..1440; default 60
          --one-time     add OneTimeUse: the token is accepted once
          --header       print a complete wsse:Security header (Timestamp valid 5 minutes + the token)
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        var (options, problem) = TokenOptions.Parse(args);
        if (options is null)
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. options.ConfigurationArgs])
            .Build();
        var providerId = configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server";
        var dataDirectory = Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data");
        var keyDirectory = configuration["Gup:Security:KeyDirectory"] ?? Path.Combine(dataDirectory, "keys");
        var time = TimeProvider.System;
        var issuer = new AssertionIssuer(SigningKeyStore.LoadOrCreate(keyDirectory, providerId, time), time);
        var attributes = new Dictionary<string, IReadOnlyList<string>>();
        if (options.Subscriber is { } subscriber)
        {
            attributes[GupAttributes.Subscriber] = [subscriber];
        }

        if (options.Application is { } application)
        {
            attributes[GupAttributes.ApplicationId] = [application];
        }

        var token = issuer.Issue(new AssertionDescriptor
        {
            Audiences = options.Audiences.Count > 0 ? options.Audiences : [providerId],
            NameId = options.Provider,
            Lifetime = TimeSpan.FromMinutes(options.Minutes),
            OneTimeUse = options.OneTime,
            Attributes = attributes,
        });
        XElement printed = options.Header ? SecurityHeader.Create(token, time.GetUtcNow(), TimeSpan.FromMinutes(5)) : token;
        output.WriteLine(printed.ToString(SaveOptions.DisableFormatting));
        return 0;
    }
}
