using GupSoap.Core.Saml;
using GupSoap.Server.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// What a process says once it listens, for the operator: every endpoint with its WSDL, <c>/healthz</c> and
/// <c>/metrics</c>; where its data and keys are; the operator's own component types and the schema revisions its RAFs
/// checked stored documents against; which issuers it trusts; and for a GUP Server where each RAF is.
/// </summary>
internal static partial class StartupLog
{
    public static void Write(WebApplication app, IReadOnlyList<Raf.RafInstance> rafs, HostRole role, string dataDirectory, string keyDirectory)
    {
        // One fixed category, whatever the host's application name (it is the test host's under tests).
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Server");
        var gup = role is HostRole.All or HostRole.Gup;
        foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            LogListening(logger, address);
            if (gup)
            {
                LogEndpoint(logger, "GUP Server (Rg)", address, GupServerHosting.Path);
                LogEndpoint(logger, "MCPTT configuration management", address, McpttHosting.Path);
            }

            if (role is HostRole.All or HostRole.Disco)
            {
                LogEndpoint(logger, "Discovery", address, DiscoveryHosting.Path);
            }

            foreach (var raf in rafs)
            {
                LogEndpoint(logger, $"RAF {raf.Options.Name} (Rp)", address, $"/raf/{raf.Options.Name}/rp");
            }

            LogHealth(logger, address, address);
        }

        LogDirectories(logger, dataDirectory, keyDirectory);
        var schemas = app.Services.GetRequiredService<Schemas.SchemaRegistry>();
        foreach (var declaration in schemas.Declarations.Where(d => !d.IsBuiltIn))
        {
            LogComponentType(logger, declaration.Element.ToString(), declaration.Prefix, schemas.LocationOf(declaration.SchemaFile), declaration.DeclaredIn);
        }

        foreach (var raf in rafs)
        {
            foreach (var revision in raf.CheckedRevisions)
            {
                LogRevisionChecked(logger, raf.Options.Name, revision.Documents, revision.ComponentType.LocalName, revision.SchemaFile);
            }
        }

        foreach (var issuer in app.Services.GetRequiredService<TrustedIssuers>().All)
        {
            LogIssuer(logger, issuer.EntityId, issuer.Hplmn, issuer.Intermediary, issuer.Certificates.Count);
        }

        if (gup)
        {
            foreach (var raf in app.Services.GetRequiredService<RafDirectory>().All)
            {
                LogRaf(logger, raf.Name, raf.ProviderId, raf.Address?.AbsoluteUri ?? "this process", string.Join(", ", raf.ComponentTypes.Select(t => t.LocalName)));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GupSoap listening on {Address}")]
    private static partial void LogListening(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service} at {Address}{Path}, WSDL {Address}{Path}?wsdl")]
    private static partial void LogEndpoint(ILogger logger, string service, string address, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Health at {Address}/healthz, metrics (Prometheus) at {MetricsAddress}/metrics")]
    private static partial void LogHealth(ILogger logger, string address, string metricsAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data directory {DataDirectory}, keys in {KeyDirectory}")]
    private static partial void LogDirectories(ILogger logger, string dataDirectory, string keyDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Component type {ComponentType} (prefix {Prefix}) from {Schema}, declared in {DeclaredIn}")]
    private static partial void LogComponentType(ILogger logger, string componentType, string prefix, string schema, string declaredIn);

    [LoggerMessage(Level = LogLevel.Information, Message = "RAF {Name}: {Documents} stored {ComponentType} document(s) valid under the schema revision of {Schema}, now recorded")]
    private static partial void LogRevisionChecked(ILogger logger, string name, int documents, string componentType, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trusted issuer {EntityId} (HPLMN {Hplmn}, intermediary {Intermediary}, {Certificates} certificate(s))")]
    private static partial void LogIssuer(ILogger logger, string entityId, bool hplmn, bool intermediary, int certificates);

    [LoggerMessage(Level = LogLevel.Information, Message = "RAF {Name} ({ProviderId}) holding {ComponentTypes} is reached at {Address}")]
    private static partial void LogRaf(ILogger logger, string name, string providerId, string address, string componentTypes);
}
