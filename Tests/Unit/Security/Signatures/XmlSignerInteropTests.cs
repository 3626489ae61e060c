using System.Diagnostics;
using System.Xml.Linq;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Security.Signatures;

/// <summary>Our enveloped signatures verify with an independent implementation (xmlsec1), when it is installed.</summary>
[TestClass]
public sealed class XmlSignerInteropTests
{
    [TestMethod]
    [DataRow(SampleDocuments.Pretty)]
    [DataRow(SampleDocuments.UnderAncestors)]
    public async Task SignEnveloped_Output_VerifiesWithXmlsec1(string xml)
    {
        var element = SignedXmlSigner.Load(xml, SampleDocuments.Id);
        XmlSigner.SignEnveloped(element, TestKeys.IssuerCredentials, element.Elements().First().Name);
        var directory = Directory.CreateTempSubdirectory("gupsoap-xmlsec");
        try
        {
            var document = Path.Combine(directory.FullName, "signed.xml");
            var certificate = Path.Combine(directory.FullName, "cert.pem");
            await File.WriteAllTextAsync(document, element.Document!.ToString(SaveOptions.DisableFormatting));
            await File.WriteAllTextAsync(certificate, TestKeys.Issuer.ExportCertificatePem());

            var (exitCode, output) = await RunXmlsec1Async(
                "--verify", "--pubkey-cert-pem", certificate, "--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", document);

            Assert.AreEqual(0, exitCode, output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunXmlsec1Async(params string[] arguments)
    {
        var start = new ProcessStartInfo("xmlsec1") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Inconclusive("xmlsec1 is not installed.");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output + await error);
        }
    }
}
