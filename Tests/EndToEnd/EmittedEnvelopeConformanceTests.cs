using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts;
using GupSoap.Schemas;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>What we emit validates against the official schemas in Tests/Conformance/xsd (SB 2.0, WS-Addressing, Utility 2.0, SOAP 1.1).</summary>
[TestClass]
public sealed class EmittedEnvelopeConformanceTests
{
    private static readonly Lazy<XmlSchemaSet> Official = new(LoadOfficialSchemas);

    [TestMethod]
    public async Task ResponseEnvelope_HeadersAndStatus_ValidateAgainstLibertySchemas()
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"));
        AssertConforms(answer.Document!);
    }

    [TestMethod]
    public async Task FaultEnvelope_HeadersAndStatus_ValidateAgainstLibertySchemas()
    {
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rp("hss"),
            SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"), SoapMessages.Headers(messageId: "")));
        Assert.IsNotNull(answer.Fault);
        AssertConforms(answer.Document!);
    }

    [TestMethod]
    public async Task LiveRpResponses_ValidateAgainstRpXsd()
    {
        var resource = SharedServer.NewSubscriber("conformance");
        string[] bodies =
        [
            SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo()),
            SoapMessages.Read(resource, "sub:SubscriberInfo", "/", "/sub:SubscriberInfo/sub:MSISDN", "/sub:SubscriberInfo/sub:MSISDN/@x"),
            SoapMessages.Modify(resource, "sub:SubscriberInfo", SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>V</sub:DisplayName>", overwrite: true)),
            "<rp:ListData count=\"1\"/>",
            SoapMessages.Delete(resource, "sub:SubscriberInfo"),
            SoapMessages.Read(resource, "sub:SubscriberInfo", "/"),
            "<rp:DefineData><rp:ComponentType>sub:SubscriberInfo</rp:ComponentType><rp:Definition><rp:Name>sub:Nick</rp:Name><rp:Type xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">xs:token</rp:Type><rp:Parent>/sub:SubscriberInfo</rp:Parent></rp:Definition></rp:DefineData>",
        ];
        var errors = new List<string>();
        foreach (var body in bodies)
        {
            var answer = await SoapHttp.RpAsync("hss", body);
            var response = answer.Body.Elements().Single();
            new XDocument(new XElement(response)).Validate(RpSchemas.Value, (_, e) => errors.Add($"{response.Name.LocalName}: {e.Severity}: {e.Message}"));
        }

        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    private static readonly Lazy<XmlSchemaSet> RpSchemas = new(() =>
    {
        var messages = new List<string>();
        var set = SchemaRegistry.Default.CompileWith(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "wsdl", "rp.xsd")), SchemaRegistry.Default.CreateResolver(), messages);
        Assert.IsEmpty(messages, string.Join("; ", messages));
        return set;
    });

    private static void AssertConforms(XDocument document)
    {
        var errors = new List<string>();
        Validate(new XDocument(document), errors, "envelope");
        var header = document.Root!.Elements().First(e => e.Name.LocalName == "Header");
        var checkedBlocks = 0;
        foreach (var block in header.Elements())
        {
            if (block.Name.Namespace == Namespaces.SoapBindingFramework)
            {
                // sbf:Framework has no published schema here; SB 2.0 requires version="2.0".
                Assert.AreEqual("2.0", (string?)block.Attribute("version"));
                continue;
            }

            Validate(new XDocument(new XElement(block)), errors, block.Name.LocalName);
            checkedBlocks++;
        }

        var status = document.Descendants(XName.Get("Status", Namespaces.LibertyUtility)).First();
        Validate(new XDocument(new XElement(status)), errors, "lu:Status");
        Assert.IsGreaterThanOrEqualTo(3, checkedBlocks, "Sender, MessageID and RelatesTo at least");
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    private static void Validate(XDocument document, List<string> errors, string what) =>
        document.Validate(Official.Value, (_, e) => errors.Add($"{what}: {e.Severity}: {e.Message}"));

    private static XmlSchemaSet LoadOfficialSchemas()
    {
        var folder = TestPaths.ConformanceXsd;
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        foreach (var file in new[] { "envelope.xsd", "ws-addr-1.0.xsd", "liberty-idwsf-utility-v2.0.xsd", "liberty-idwsf-soap-binding-v2.0.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), settings);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
