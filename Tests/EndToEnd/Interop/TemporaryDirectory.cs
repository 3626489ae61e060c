namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>A directory for one test's keys and XML files, deleted with everything in it when disposed.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("gupsoap-interop-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
