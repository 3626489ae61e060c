namespace GupSoap.Tests;

/// <summary>Locations of repository files for tests that read them from source (WSDL, XSD, the vendored conformance schemas).</summary>
internal static class TestPaths
{
    private const string SolutionFile = "GupSoap.sln";
    private const string RootVariable = "GUPSOAP_REPO_ROOT";

    /// <summary>The directory holding <c>GupSoap.sln</c>, found by walking up from the test output (or <c>GUPSOAP_REPO_ROOT</c>).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The official Liberty, SAML, WSS and W3C schemas the conformance tests validate against (see NOTICE.md there).</summary>
    public static string ConformanceXsd { get; } = Path.Combine(RepoRoot, "Tests", "Conformance", "xsd");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        // Test output placed outside the repository (e.g. a custom output path): allow an explicit location.
        var configured = Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, SolutionFile)))
        {
            return Path.GetFullPath(configured);
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} above {AppContext.BaseDirectory}; set {RootVariable} to the repository root.");
    }
}
