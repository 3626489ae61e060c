namespace GupSoap.Core.Hosting;

/// <summary>
/// A value read from a file that another process (an operator's tool) may replace while this one runs: the file is
/// looked at (one stat, <see cref="FileStamp"/>) on every use and read again when it changed, so the change counts
/// from the next request without a restart. When reading fails, the last good value stays and the problem is
/// reported once per change of the file.
/// </summary>
public sealed class WatchedFile<T>
    where T : class
{
    private readonly string _path;
    private readonly Func<string, (T? Value, string? Problem)> _read;
    private readonly Action<T>? _changed;
    private readonly Action<string> _problem;
    private readonly Lock _gate = new();
    private Snapshot _current;

    /// <param name="read">Reads the file at the path given; returns the value or the problem, never throws for bad content.</param>
    public WatchedFile(string path, T initial, FileStamp initialStamp, Func<string, (T? Value, string? Problem)> read, Action<T>? changed, Action<string> problem)
    {
        _path = path;
        _read = read;
        _changed = changed;
        _problem = problem;
        _current = new Snapshot(initialStamp, initial);
    }

    public string Path => _path;

    public T Current
    {
        get
        {
            var stamp = FileStamp.Of(_path);
            var current = Volatile.Read(ref _current);
            return stamp == current.Stamp ? current.Value : Refresh(stamp);
        }
    }

    private T Refresh(FileStamp stamp)
    {
        lock (_gate)
        {
            if (_current.Stamp == stamp)
            {
                return _current.Value;
            }

            var (value, problem) = _read(_path);
            Volatile.Write(ref _current, new Snapshot(stamp, value ?? _current.Value));
            if (value is null)
            {
                _problem(problem ?? "unreadable");
            }
            else
            {
                _changed?.Invoke(value);
            }

            return _current.Value;
        }
    }

    private sealed record Snapshot(FileStamp Stamp, T Value);
}
