using GupSoap.Tests.EndToEnd.Interop;

namespace GupSoap.Tests.EndToEnd.WebConsole;

/// <summary>
/// The operator's IdP for console sign-in: pysaml2 (<c>pysaml2_sso_response.py</c>) answering Web Browser SSO with a
/// samlp:Response for the HTTP-POST binding, and the page a browser submits it from (the IdP's POST form).
/// </summary>
internal sealed class ConsoleIdp(string entityId, PemKeyPair keys, string directory)
{
    public const string RoleAttribute = "urn:gupsoap:console:role";

    private static string Script => Path.Combine(AppContext.BaseDirectory, "EndToEnd", "WebConsole", "pysaml2_sso_response.py");

    public string EntityId => entityId;

    public PemKeyPair Keys => keys;

    /// <summary>The SAMLResponse form value (base64) signing <paramref name="user"/> in with <paramref name="role"/>.</summary>
    public async Task<string> ResponseAsync(string user, string role, string audience, Uri consumer, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            Script, "--issuer", entityId, "--key", keys.KeyPath, "--cert", keys.CertificatePath, "--audience", audience,
            "--name-id", user, "--recipient", consumer.AbsoluteUri, "--destination", consumer.AbsoluteUri, "--attribute", $"{RoleAttribute}={role}",
        ];
        var run = await ExternalTool.RunAsync("/usr/bin/python3", "python3-pysaml2 xmlsec1", arguments, cancellationToken);
        Assert.AreEqual(0, run.ExitCode, run.Output);
        return run.StandardOutput.Trim();
    }

    /// <summary>An HTML page holding the IdP's POST form to <paramref name="consumer"/>, as a file URL.</summary>
    public Uri PostForm(string samlResponse, Uri consumer)
    {
        var path = Path.Combine(directory, $"idp-post-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, $"""
            <!DOCTYPE html><html><body>
            <form method="post" action="{consumer.AbsoluteUri}">
            <input type="hidden" name="SAMLResponse" value="{samlResponse}">
            <input type="hidden" name="RelayState" value="/console/subscriber">
            <button type="submit" id="continue">Continue to the console</button>
            </form></body></html>
            """);
        return new Uri(path);
    }
}
