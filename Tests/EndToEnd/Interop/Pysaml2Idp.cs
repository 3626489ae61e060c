namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>
/// A third-party SAML 2.0 IdP: pysaml2 (Debian python3-pysaml2) driven by <c>pysaml2_idp.py</c>, signing with its own
/// key pair through pysaml2's xmlsec1 backend.
/// </summary>
internal sealed class Pysaml2Idp(string entityId, PemKeyPair keys)
{
    private const string Python = "/usr/bin/python3";

    private static string Script => Path.Combine(AppContext.BaseDirectory, "EndToEnd", "Interop", "pysaml2_idp.py");

    public string EntityId => entityId;

    public PemKeyPair Keys => keys;

    /// <summary>The signed saml2:Assertion exactly as pysaml2 printed it.</summary>
    public async Task<string> IssueAsync(Pysaml2AssertionRequest request, CancellationToken cancellationToken)
    {
        List<string> arguments =
        [
            Script,
            "--issuer", entityId,
            "--key", keys.KeyPath,
            "--cert", keys.CertificatePath,
            "--audience", request.Audience,
            "--name-id", request.NameId,
            "--name-id-format", request.NameIdFormat,
            "--lifetime", request.LifetimeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        if (request.Recipient is not null)
        {
            arguments.AddRange(["--recipient", request.Recipient]);
        }

        if (request.OneTimeUse)
        {
            arguments.Add("--one-time-use");
        }

        foreach (var (name, value) in request.Attributes)
        {
            arguments.AddRange(["--attribute", $"{name}={value}"]);
        }

        var run = await ExternalTool.RunAsync(Python, "python3", arguments, cancellationToken);
        if (run.StandardError.Contains("No module named 'saml2'", StringComparison.Ordinal))
        {
            Assert.Fail("python3-pysaml2 is not installed for /usr/bin/python3: run 'apt-get install -y python3-pysaml2 xmlsec1' (.ci/run does this).");
        }

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.Contains("Signature", run.StandardOutput, run.Output);
        return run.StandardOutput;
    }
}

/// <summary>What the pysaml2 IdP is asked to assert; <see cref="Attributes"/> may repeat a name to give it several values.</summary>
internal sealed record Pysaml2AssertionRequest
{
    public required string Audience { get; init; }
    public required string NameId { get; init; }
    public string NameIdFormat { get; init; } = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    public string? Recipient { get; init; }
    public int LifetimeSeconds { get; init; } = 120;
    public bool OneTimeUse { get; init; }
    public IReadOnlyList<(string Name, string Value)> Attributes { get; init; } = [];
}
