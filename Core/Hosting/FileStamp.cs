namespace GupSoap.Core.Hosting;

/// <summary>
/// What a file looks like from outside (exists, length, last write time): compared on every use to notice that
/// another process replaced it, at the cost of one stat call — cheap enough to check before each request, so a
/// change made by an operator's tool applies from the very next request.
/// </summary>
public readonly record struct FileStamp(bool Exists, long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(true, info.Length, info.LastWriteTimeUtc) : default;
    }
}
