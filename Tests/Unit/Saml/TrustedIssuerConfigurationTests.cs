using GupSoap.Core.Hosting;
using GupSoap.Core.Saml;
using GupSoap.Tests.Unit.Security.Signatures;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Tests.Unit.Saml;

[TestClass]
public sealed class TrustedIssuerConfigurationTests
{
    [TestMethod]
    public void Read_EntriesWithPemFiles_ReadsEveryCertificateAndFlag()
    {
        var directory = Directory.CreateTempSubdirectory("gupsoap-issuers");
        try
        {
            var both = Path.Combine(directory.FullName, "both.pem");
            File.WriteAllText(both, TestKeys.Issuer.ExportCertificatePem() + "\n" + TestKeys.Ecdsa.ExportCertificatePem());
            var configuration = Configuration(new()
            {
                ["Gup:Security:TrustedIssuers:0:EntityId"] = "urn:a",
                ["Gup:Security:TrustedIssuers:0:CertificatePath"] = both,
                ["Gup:Security:TrustedIssuers:0:Hplmn"] = "true",
                ["Gup:Security:TrustedIssuers:1:EntityId"] = "urn:b",
                ["Gup:Security:TrustedIssuers:1:CertificatePath"] = both,
                ["Gup:Security:TrustedIssuers:1:Intermediary"] = "True",
            });

            var issuers = new TrustedIssuers(TrustedIssuerConfiguration.Read(configuration));

            var a = issuers.Find("urn:a")!;
            Assert.HasCount(2, a.Certificates);
            Assert.IsFalse(a.Certificates[0].HasPrivateKey);
            Assert.IsTrue(a.Hplmn);
            Assert.IsFalse(a.Intermediary);
            Assert.IsTrue(issuers.Find("urn:b")!.Intermediary);
            Assert.IsNull(issuers.Find("urn:A"));
            Assert.HasCount(2, issuers.All);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Read_MissingCertificateFile_ThrowsNamingTheEntry()
    {
        var configuration = Configuration(new()
        {
            ["Gup:Security:TrustedIssuers:0:EntityId"] = "urn:a",
            ["Gup:Security:TrustedIssuers:0:CertificatePath"] = "/nonexistent/issuer.pem",
        });

        var error = Assert.ThrowsExactly<ConfigurationException>(() => TrustedIssuerConfiguration.Read(configuration));

        StringAssert.Contains(error.Message, "Gup:Security:TrustedIssuers:0");
    }

    [TestMethod]
    public void Read_FileWithoutCertificate_ThrowsWithoutQuotingIt()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "secret-looking content");
            var configuration = Configuration(new()
            {
                ["Gup:Security:TrustedIssuers:0:EntityId"] = "urn:a",
                ["Gup:Security:TrustedIssuers:0:CertificatePath"] = file,
            });

            var error = Assert.ThrowsExactly<ConfigurationException>(() => TrustedIssuerConfiguration.Read(configuration));

            StringAssert.Contains(error.Message, "TrustedIssuers:0");
            Assert.DoesNotContain("secret", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void TrustedIssuers_SameEntityTwice_Throws()
    {
        TrustedIssuer issuer = new("urn:a", [TestKeys.PublicOnly(TestKeys.Issuer)]);

        Assert.ThrowsExactly<InvalidOperationException>(() => new TrustedIssuers([issuer, issuer]));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
