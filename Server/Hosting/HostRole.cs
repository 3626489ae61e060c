namespace GupSoap.Server.Hosting;

/// <summary>Which parts one process runs (ARCHITECTURE.md "Process model"): everything, or a single role.</summary>
internal enum HostRole
{
    All,
    Gup,
    Raf,
    Disco,
}
