namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>
/// xmlsec1 (the XML Security Library's command line) as an independent signature verifier. The pinned certificate is
/// the only key source: with just <c>raw-x509-cert</c> enabled no ds:KeyInfo child (KeyValue, X509Data, KeyName,
/// RetrievalMethod) is read, so an attacker's embedded key cannot be used (without it, xmlsec1 1.2.37 accepts a
/// signature made with a KeyValue the document carries); references may only point into the same document.
/// </summary>
internal static class Xmlsec1
{
    private const string Executable = "/usr/bin/xmlsec1";
    private const string AssertionNode = "urn:oasis:names:tc:SAML:2.0:assertion:Assertion";

    public static Task<ToolRun> VerifyAssertionAsync(string signedXmlPath, string pinnedCertificatePemPath, CancellationToken cancellationToken) =>
        ExternalTool.RunAsync(
            Executable,
            "xmlsec1",
            [
                "--verify",
                "--enabled-reference-uris", "same-doc",
                "--enabled-key-data", "raw-x509-cert",
                "--pubkey-cert-pem", pinnedCertificatePemPath,
                "--id-attr:ID", AssertionNode,
                signedXmlPath,
            ],
            cancellationToken);
}
