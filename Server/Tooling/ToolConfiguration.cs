using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// The deployment as the command-line tools see it: the same configuration sources as the server (appsettings.json,
/// environment, <c>--Gup:…</c> overrides) and the same signing key (<c>Gup:Security:KeyDirectory</c>, else
/// <c>{Gup:DataDirectory}/keys</c>), so a token minted here is one the running server trusts.
/// </summary>
internal static class ToolConfiguration
{
    public const string DefaultProviderId = "urn:gupsoap:gup-server";

    public static IConfiguration Build(IEnumerable<string> overrides) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine([.. overrides])
        .Build();

    public static string ProviderId(IConfiguration configuration) => configuration["Gup:ProviderId"] ?? DefaultProviderId;

    public static string DataDirectory(IConfiguration configuration) => Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data");

    public static string KeyDirectory(IConfiguration configuration) =>
        configuration["Gup:Security:KeyDirectory"] ?? Path.Combine(DataDirectory(configuration), "keys");

    /// <summary>The deployment's signing key, created on first use like the server does; an unusable directory is a configuration error.</summary>
    public static SigningCredentials SigningKey(IConfiguration configuration, TimeProvider time) =>
        LoadSigningKey(KeyDirectory(configuration), ProviderId(configuration), time);

    public static SigningCredentials LoadSigningKey(string keyDirectory, string providerId, TimeProvider time)
    {
        try
        {
            return SigningKeyStore.LoadOrCreate(keyDirectory, providerId, time);
        }
        catch (Exception ex) when (FileProblem.IsFileProblem(ex))
        {
            throw new ConfigurationException("Gup:Security:KeyDirectory", $"the signing key in '{keyDirectory}' cannot be used ({FileProblem.Describe(ex)}).",
                "Point it to a writable directory, or restore signing-key.pem and signing-cert.pem there.", ex);
        }
    }
}
