using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Security;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Integration.Discovery;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Wsdl;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// A live Discovery QueryResponse against the official schemas (Tests/Conformance/xsd): wsa:EndpointReference
/// against WS-Addressing 1.0, lu:Status against Utility 2.0, the token against SAML 2.0 (xmllint), and the token's
/// signature verified by xmlsec1 with only our certificate pinned.
/// </summary>
[TestClass]
public sealed class DiscoveryConformanceTests
{
    private static readonly Lazy<XmlSchemaSet> Official = new(LoadOfficialSchemas);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task QueryResponse_EprAndStatus_ValidateAgainstOfficialSchemas_BodyAgainstDiscoXsd()
    {
        var answer = await QueryAsync();
        var errors = new List<string>();

        Assert.IsNotNull(Official.Value.GlobalElements[new XmlQualifiedName("EndpointReference", Namespaces.WsAddressing)]);
        Assert.IsNotNull(Official.Value.GlobalElements[new XmlQualifiedName("Status", Namespaces.LibertyUtility)]);
        var eprs = answer.Body.Descendants(XName.Get("EndpointReference", Namespaces.WsAddressing)).ToList();
        Assert.IsNotEmpty(eprs);
        foreach (var epr in eprs)
        {
            new XDocument(new XElement(epr)).Validate(Official.Value, (_, e) => errors.Add("wsa:EndpointReference: " + e.Message));
        }

        new XDocument(new XElement(answer.Status)).Validate(Official.Value, (_, e) => errors.Add("lu:Status: " + e.Message));
        var response = answer.Body.Elements().Single();
        new XDocument(new XElement(response)).Validate(DiscoSchemas.Set, (_, e) => errors.Add("disco:QueryResponse: " + e.Message));

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.AreEqual(XName.Get("QueryResponse", Namespaces.Disco), response.Name);
    }

    [TestMethod]
    public async Task QueryResponse_Token_IsValidSamlAndVerifiesWithXmlsec1PinnedToOurCertificate()
    {
        var answer = await QueryAsync();
        var token = answer.Body.Descendants(XName.Get("Token", Namespaces.LibertySecurity)).First();
        Assert.AreEqual(DiscoUris.SecurityTokenUsage, (string?)token.Attribute("usage"));
        using var directory = new TemporaryDirectory();
        var path = directory.File("token.xml");
        await File.WriteAllTextAsync(path, DiscoText.Token(token.Parent!.Parent!.Parent!).ToString(SaveOptions.DisableFormatting), TestContext.CancellationToken);
        var pinned = Path.Combine(TestIdentity.Directory, "keys", SigningKeyStore.CertificateFileName);

        var schema = await Xmllint.ValidateAsync(path, Xmllint.SamlAssertionSchema, TestContext.CancellationToken);
        var signature = await Xmlsec1.VerifyAssertionAsync(path, pinned, TestContext.CancellationToken);

        Assert.AreEqual(0, schema.ExitCode, schema.Output);
        Assert.AreEqual(0, signature.ExitCode, signature.Output);
        Assert.Contains("SignedInfo References (ok/all): 1/1", signature.StandardError, signature.Output);
    }

    private static async Task<SoapHttp.SoapAnswer> QueryAsync()
    {
        var answer = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Query(resultsType: DiscoUris.ResultsAll), DiscoText.As(TestIdentity.TestProvider));
        Assert.AreEqual(DiscoStatusCodes.Ok, answer.StatusCode, answer.Text);
        return answer;
    }

    private static XmlSchemaSet LoadOfficialSchemas()
    {
        var folder = TestPaths.ConformanceXsd;
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        foreach (var file in new[] { "ws-addr-1.0.xsd", "liberty-idwsf-utility-v2.0.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), settings);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
