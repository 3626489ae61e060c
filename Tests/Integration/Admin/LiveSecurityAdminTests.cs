using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Server.CommandLine;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Admin;

/// <summary>
/// <c>admin trust add|remove</c> and <c>admin rules reload</c> against a running server (the command run in process,
/// the server in its own host): a change counts from the very next request, without a restart; a refused change
/// leaves the server as it was.
/// </summary>
[TestClass]
public sealed class LiveSecurityAdminTests
{
    private const string PartnerIdp = "urn:example:partner-idp";
    private readonly List<string> _directories = [];

    [TestCleanup]
    public void Cleanup()
    {
        foreach (var directory in _directories)
        {
            GupServer.DeleteDirectory(directory);
        }
    }

    private string NewDirectory()
    {
        var directory = Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;
        _directories.Add(directory);
        return directory;
    }

    private static async Task<(int ExitCode, string Output, string Error)> AdminAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GupSoapCommandLine.RunAsync(["admin", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static Task<SoapHttp.SoapAnswer> QueryAsync(GupServer server, System.Xml.Linq.XElement token) =>
        RgText.PostAsync(server.Rg, RgText.Query(SharedServer.NewSubscriber("trust"), "/"), SecurityTokens.Headers(token));

    [TestMethod]
    public async Task TrustAdd_TakesEffectForTheNextRequest_AndRemoveRefusesTheNextOne()
    {
        var work = NewDirectory();
        var trustList = $"--Gup:Security:TrustListPath={Path.Combine(work, "trusted-issuers.json")}";
        var partner = SecurityTokens.NewKey("CN=Partner IdP");
        var certificate = Path.Combine(work, "partner.pem");
        await File.WriteAllTextAsync(certificate, partner.ExportCertificatePem());
        var token = new AssertionIssuer(new SigningCredentials(partner, PartnerIdp), TimeProvider.System).Issue(SecurityTokens.For());
        await using var server = await GupServer.StartAsync(trustList);

        var before = await QueryAsync(server, token);
        Assert.IsNotNull(before.Fault, "an issuer nobody added is not trusted");
        Assert.Contains("FailedAuthentication", before.FaultCode);

        var (added, addOutput, addLog) = await AdminAsync("trust", "add", "--entity-id", PartnerIdp, "--certificate", certificate, "--hplmn",
            $"--Gup:DataDirectory={work}", trustList);
        Assert.AreEqual(0, added, addOutput + addLog);
        Assert.Contains($"Admin action trust add by {Environment.UserName} on {PartnerIdp}: added (HPLMN True, intermediary False)", addLog);

        var accepted = await QueryAsync(server, token);
        Assert.IsNull(accepted.Fault, accepted.Text);
        var (_, listed, _) = await AdminAsync("trust", "list", $"--Gup:DataDirectory={work}", trustList);
        Assert.Contains($"{PartnerIdp}  HPLMN=True  intermediary=False", listed);

        var (removed, removeOutput, _) = await AdminAsync("trust", "remove", PartnerIdp, $"--Gup:DataDirectory={work}", trustList);
        Assert.AreEqual(0, removed, removeOutput);

        var refused = await QueryAsync(server, token);
        Assert.IsNotNull(refused.Fault, "the same token, verified before, is refused once its issuer is removed");
        Assert.Contains("FailedAuthentication", refused.FaultCode);
        Assert.Contains("\"action\":\"trust remove\"", await File.ReadAllTextAsync(Path.Combine(work, "admin-audit.jsonl")));

        // Operator actions are charging records too (recorder admin), listed by admin charging beside the requests.
        var (charged, charging, chargingLog) = await AdminAsync("charging", "--format", "jsonl", $"--Gup:DataDirectory={work}");
        Assert.AreEqual(0, charged, chargingLog);
        var actions = charging.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("recorder").GetString() == "admin")
            .Select(r => (Operation: r.GetProperty("operation").GetString(), Outcome: r.GetProperty("outcome").GetString(), Application: r.GetProperty("application").GetString(),
                Detail: r.GetProperty("statusDetail").GetString()))
            .ToList();
        CollectionAssert.AreEqual(new[] { "trust add", "trust remove" }, actions.Select(a => a.Operation).ToList());
        Assert.IsTrue(actions.All(a => a.Outcome == "OK" && a.Application == "admin:" + Environment.UserName), string.Join("; ", actions));
        StringAssert.StartsWith(actions[0].Detail, PartnerIdp + ": added");
    }

    [TestMethod]
    public async Task TrustAdd_ExpiredOrConfiguredIssuer_RefusedAndNothingWritten()
    {
        var work = NewDirectory();
        var listPath = Path.Combine(work, "trusted-issuers.json");
        var certificate = Path.Combine(work, "idp.pem");
        await File.WriteAllTextAsync(certificate, SecurityTokens.NewKey().ExportCertificatePem());

        var (code, output, _) = await AdminAsync(["trust", "add", "--entity-id", TestIdentity.IdpEntityId, "--certificate", certificate,
            $"--Gup:DataDirectory={work}", $"--Gup:Security:TrustListPath={listPath}", .. TestIdentity.ServerArgs.Take(3)]);

        Assert.AreEqual(1, code, output);
        Assert.Contains("is trusted by configuration; change it there.", output);
        Assert.IsFalse(File.Exists(listPath));
        var (missing, missingOutput, _) = await AdminAsync("trust", "remove", "urn:nobody", $"--Gup:DataDirectory={work}", $"--Gup:Security:TrustListPath={listPath}");
        Assert.AreEqual(1, missing, missingOutput);
        Assert.Contains("'urn:nobody' is not in the trust list.", missingOutput);
    }

    [TestMethod]
    public async Task RulesReload_AppliesEditedRulesFromTheNextRequest_OnlyOnTheCommand()
    {
        var work = NewDirectory();
        var rules = Path.Combine(work, "common-rules.xml");
        await File.WriteAllTextAsync(rules, Rules(permitTestApplication: false));
        var rulesArgument = $"--Gup:Authorization:CommonRulesPath={rules}";
        await using var server = await GupServer.StartAsync(rulesArgument);

        Assert.AreEqual("UnauthorizedOperation", (await CreateAsync(server)).ErrorType, "the test application may not create here yet");
        await File.WriteAllTextAsync(rules, Rules(permitTestApplication: true));
        Assert.AreEqual("UnauthorizedOperation", (await CreateAsync(server)).ErrorType, "an edited file alone changes nothing");

        var (code, output, log) = await AdminAsync("rules", "reload", $"--Gup:DataDirectory={work}", rulesArgument);
        Assert.AreEqual(0, code, output + log);
        Assert.Contains("every running process reading it applies them from its next request", output);
        Assert.Contains($"Admin action rules reload by {Environment.UserName} on {rules}: signalled (2 rule(s)", log);

        var permitted = await CreateAsync(server);
        Assert.AreEqual("OK", permitted.StatusCode, permitted.Text);

        await File.WriteAllTextAsync(rules, "<gup:AuthorizationRules xmlns:gup=\"urn:3gpp:gup:2006-08\"><gup:Rule>");
        var (broken, brokenOutput, _) = await AdminAsync("rules", "reload", $"--Gup:DataDirectory={work}", rulesArgument);
        Assert.AreEqual(1, broken, brokenOutput);
        StringAssert.StartsWith(brokenOutput, "Refused: ");
        Assert.AreEqual("OK", (await CreateAsync(server)).StatusCode, "a file that does not read is never applied");

        await File.WriteAllTextAsync(rules, Rules(permitTestApplication: false));
        Assert.AreEqual(0, (await AdminAsync("rules", "reload", $"--Gup:DataDirectory={work}", rulesArgument)).ExitCode);
        Assert.AreEqual("UnauthorizedOperation", (await CreateAsync(server)).ErrorType, "taking the permission back counts from the next request too");
    }

    private static Task<SoapHttp.SoapAnswer> CreateAsync(GupServer server) =>
        RgText.PostAsync(server.Rg, RgText.Create(SharedServer.NewSubscriber("rules"), ("pres:PresenceSettings", SoapMessages.Presence())));

    private static string Rules(bool permitTestApplication) => $"""
        <gup:AuthorizationRules xmlns:gup="urn:3gpp:gup:2006-08">
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="test-application">
            <gup:Requestor><gup:ProviderID>{TestIdentity.TestProvider}</gup:ProviderID></gup:Requestor>
            <gup:Target/>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>{(permitTestApplication ? "Permit" : "Deny")}</gup:Effect>
          </gup:Rule>
          <gup:Rule id="subscriber-manages-own-profile">
            <gup:Requestor><gup:Subscriber/></gup:Requestor>
            <gup:Target/>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;
}
