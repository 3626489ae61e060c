using GupSoap.Core.Hosting;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// Operator schemas obey the parser rules of untrusted input (SECURITY.md P1–P4): a schema in the schema directory
/// that reaches outside it — over http, to the file system, through a DTD — stops the start with one line naming the
/// file, and nothing is fetched or read: a listener standing where the schema points records no connection.
/// </summary>
[TestClass]
public sealed class SchemaDirectoryAttackTests
{
    private static string Schema(string inside, string prolog = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>{prolog}
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:pc="{OperatorSchema.Namespace}"
                   targetNamespace="{OperatorSchema.Namespace}" elementFormDefault="qualified">
          {inside}
          <xs:element name="ParentalControl" type="xs:string"/>
        </xs:schema>
        """;

    /// <summary>Starts a server whose schema directory holds <paramref name="schema"/> as parental-control.xsd; it must refuse to start.</summary>
    private static async Task<ConfigurationException> StartRefusedAsync(string schema)
    {
        var data = GupServer.NewDataDirectory();
        var directory = OperatorSchema.Install(data);
        var path = Path.Combine(directory, OperatorSchema.FileName);
        File.WriteAllText(path, schema);
        try
        {
            var refused = await Assert.ThrowsExactlyAsync<ConfigurationException>(() => OperatorSchema.StartAsync(data, ownsDataDirectory: false));
            Assert.AreEqual(path, refused.Key);
            Assert.DoesNotContain("\n", refused.Message);
            return refused;
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task OperatorSchema_ImportOverHttp_RefusedWithoutAnyConnection()
    {
        using var listener = new LoopbackListener();

        var refused = await StartRefusedAsync(Schema($"""<xs:import namespace="urn:example:remote" schemaLocation="{listener.Url("remote.xsd")}"/>"""));

        Assert.Contains(listener.Url("remote.xsd"), refused.Message);
        Assert.Contains("nothing was fetched", refused.Message);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task OperatorSchema_IncludeOverHttp_RefusedWithoutAnyConnection()
    {
        using var listener = new LoopbackListener();

        var refused = await StartRefusedAsync(Schema($"""<xs:include schemaLocation="{listener.Url("more.xsd")}"/>"""));

        Assert.Contains("nothing was fetched", refused.Message);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task OperatorSchema_RedefineOverHttp_RefusedWithoutAnyConnection()
    {
        using var listener = new LoopbackListener();

        var refused = await StartRefusedAsync(Schema($"""<xs:redefine schemaLocation="{listener.Url("base.xsd")}"/>"""));

        Assert.Contains("nothing was fetched", refused.Message);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task OperatorSchema_ImportOfFileEtcPasswd_RefusedWithoutReadingIt()
    {
        var refused = await StartRefusedAsync(Schema("""<xs:import namespace="urn:example:passwd" schemaLocation="file:///etc/passwd"/>"""));

        Assert.Contains("file:///etc/passwd", refused.Message);
        Assert.DoesNotContain("root:", refused.Message);
    }

    [TestMethod]
    public async Task OperatorSchema_ImportOfASchemaOutsideTheDirectory_Refused()
    {
        // A perfectly good schema one level up: reachable by '../' or by its absolute path, and refused both ways.
        var outside = Path.Combine(Path.GetTempPath(), "gupsoap-tests", "outside-" + Guid.NewGuid().ToString("N") + ".xsd");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:outside"><xs:simpleType name="T"><xs:restriction base="xs:string"/></xs:simpleType></xs:schema>""");
        try
        {
            var relative = await StartRefusedAsync(Schema($"""<xs:import namespace="urn:example:outside" schemaLocation="../../{Path.GetFileName(outside)}"/>"""));
            var absolute = await StartRefusedAsync(Schema($"""<xs:import namespace="urn:example:outside" schemaLocation="{outside}"/>"""));

            Assert.Contains("nothing was fetched", relative.Message);
            Assert.Contains("nothing was fetched", absolute.Message);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [TestMethod]
    public async Task OperatorSchema_DoctypeWithExternalDtd_RefusedWithoutAnyConnection()
    {
        using var listener = new LoopbackListener();

        var refused = await StartRefusedAsync(Schema("", $"""<!DOCTYPE xs:schema SYSTEM "{listener.Url("schema.dtd")}">"""));

        Assert.Contains("DTD", refused.Message);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task OperatorSchema_BillionLaughs_RefusedAsADtd()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"));

        var refused = await StartRefusedAsync(Schema("<xs:annotation><xs:documentation>&l9;</xs:documentation></xs:annotation>",
            $"<!DOCTYPE xs:schema [<!ENTITY l0 \"lol\">{entities}]>"));

        Assert.Contains("DTD", refused.Message);
    }
}
