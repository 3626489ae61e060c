using System.CommandLine;
using GupSoap.Core.Soap;
using GupSoap.Server.Tooling;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// <c>call FILE</c>: sends a request sample (samples/README.md) to the running deployment with fresh Liberty headers
/// and a token minted with its own key, pins its TLS certificate, and pretty-prints the answer. Exit code 1 when the
/// answer is a SOAP fault or none came.
/// </summary>
internal static class CallCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "a sample: the Body content of one request, e.g. samples/rg/query-whole-profile.xml", CustomParser = InputFile.Parse };
        var subscriber = new Option<string?>("--subscriber") { Description = "subscriber the application acts for (token attribute), e.g. sip:alice@example.org", HelpName = "ID" };
        var url = new Option<Uri?>("--url")
        {
            Description = "server base address (default Gup:Https:Url, https://127.0.0.1:8443), or a whole endpoint URL",
            CustomParser = HttpUrl.Parse,
            HelpName = "URL",
        };
        var audience = new Option<string[]>("--audience") { Description = "token audience; repeatable; default the service the sample is for", HelpName = "ID" };
        var provider = new Option<string>("--provider") { Description = "providerID of the calling application (sb:Sender and token subject)", DefaultValueFactory = _ => TokenCommand.DemoProvider, HelpName = "ID" };
        var raf = new Option<string?>("--raf") { Description = "for Rp samples: the RAF to call (default the one holding the sample's component type)", HelpName = "NAME" };
        var soap12 = new Option<bool>("--soap12") { Description = "send SOAP 1.2 instead of SOAP 1.1" };
        var raw = new Option<bool>("--raw") { Description = "print the answer exactly as received (keeps signed profiles verifiable)" };
        var set = new Option<string[]>("--set") { Description = "a value for ${NAME} in the sample, e.g. --set invokeId=gup-000001; repeatable", HelpName = "NAME=VALUE" };
        set.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.IndexOf('=', StringComparison.Ordinal) <= 0))
            {
                r.AddError($"--set {token.Value}: write NAME=VALUE.");
            }
        });
        var asOperator = new Option<bool>("--operator")
        {
            Description = "call as the deployment itself (administrator: Define Data, List Data across subscribers, Discovery registrations) instead of an application",
        };
        var command = new Command("call", "Send a request sample with fresh headers and a token of this deployment, and print the answer.")
        {
            file, subscriber, url, audience, provider, raf, soap12, raw, set, asOperator,
        };
        command.SetAction((result, cancellationToken) => RunAsync(context.Configuration(), new CallRequest(result.GetValue(file)!.FullName, result.GetValue(subscriber),
            result.GetValue(url), result.GetValue(audience) ?? [], result.GetValue(provider)!, result.GetValue(raf), result.GetValue(soap12), result.GetValue(raw),
            (result.GetValue(set) ?? []).Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal), result.GetValue(asOperator)),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private sealed record CallRequest(string File, string? Subscriber, Uri? Url, string[] Audiences, string Provider, string? Raf, bool Soap12, bool Raw,
        Dictionary<string, string> Values, bool AsOperator);

    private static async Task<int> RunAsync(IConfiguration configuration, CallRequest call, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var (operation, unreadable) = SampleFile.Read(call.File, time.GetUtcNow(), call.Values);
        var (target, unknown) = operation is null ? (null, null) : SampleTarget.For(operation, configuration, call.Raf);
        if (operation is null || target is null)
        {
            await error.WriteLineAsync(unreadable ?? unknown);
            return ExitCodes.Usage;
        }

        var endpoint = Endpoint(call.Url ?? DefaultBase(configuration), target.Path);
        var sender = call.AsOperator ? ToolConfiguration.ProviderId(configuration) : call.Provider;
        var token = call.AsOperator
            ? TokenMinter.MintForDeployment(configuration, [target.Audience], TimeSpan.FromMinutes(10), time)
            : TokenMinter.Mint(configuration, new TokenRequest(call.Provider, call.Audiences.Length > 0 ? call.Audiences : [target.Audience], call.Subscriber, null, 10, OneTime: false), time);
        using var http = new HttpClient(endpoint.Scheme == Uri.UriSchemeHttps ? PinnedServerCertificate.Handler(configuration) : new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        SoapCallAnswer answer;
        try
        {
            answer = await SoapCall.SendAsync(http, endpoint, call.Soap12 ? SoapVersion.Soap12 : SoapVersion.Soap11, operation, target.Action, sender, token, time, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"{endpoint} could not be reached ({ex.HttpRequestError}): is the server running there?");
            return ExitCodes.Failed;
        }

        await error.WriteLineAsync($"POST {endpoint} ({target.Action}): HTTP {answer.HttpStatus}{(answer.IsFault ? ", SOAP fault" : "")}");
        await output.WriteLineAsync(call.Raw || answer.Envelope is null ? answer.Text : answer.Envelope.ToString());
        return answer.IsFault ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>The https endpoint when there is one (as the README's curl examples), else the first http address.</summary>
    private static Uri DefaultBase(IConfiguration configuration)
    {
        var https = configuration["Gup:Https:Url"];
        var text = !string.IsNullOrWhiteSpace(https) ? https : (configuration["urls"] ?? "http://127.0.0.1:8080").Split(';')[0];
        var builder = new UriBuilder(text.Trim().Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }

    private static Uri Endpoint(Uri url, string path) => url.AbsolutePath is "/" or "" ? new Uri(url, path) : url;
}
