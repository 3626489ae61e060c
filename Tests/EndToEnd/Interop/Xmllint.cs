namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>
/// libxml2's xmllint as an independent schema validator. The official SAML 2.0 assertion schema imports xmldsig and
/// xenc by relative schemaLocation, so they resolve from the same folder; <c>--nonet</c> keeps it from ever fetching.
/// </summary>
internal static class Xmllint
{
    private const string Executable = "/usr/bin/xmllint";

    public static string SamlAssertionSchema => Path.Combine(TestPaths.ConformanceXsd, "saml-schema-assertion-2.0.xsd");

    public static Task<ToolRun> ValidateAsync(string xmlPath, string schemaPath, CancellationToken cancellationToken) =>
        ExternalTool.RunAsync(Executable, "libxml2-utils", ["--noout", "--nonet", "--schema", schemaPath, xmlPath], cancellationToken);
}
