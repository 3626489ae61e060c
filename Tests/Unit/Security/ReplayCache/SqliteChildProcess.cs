using System.Diagnostics;
using System.Globalization;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

/// <summary>
/// A second operating-system process (python3's sqlite3) recording ids in the replay file with the same statement,
/// to prove the check-and-insert is atomic across processes, not only across connections. It walks the ids backwards,
/// so a caller walking them forwards meets it somewhere in the middle.
/// </summary>
internal sealed class SqliteChildProcess : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sqlite3, sys
        path, scope, count, now, expires = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        con = sqlite3.connect(path, timeout=10, isolation_level=None)
        con.execute("PRAGMA busy_timeout = 10000")
        print("ready", flush=True)
        sys.stdin.readline()
        accepted = []
        for i in reversed(range(count)):
            cur = con.execute("INSERT INTO replay (scope, id, expires_at) VALUES (?, ?, ?) ON CONFLICT (scope, id) DO UPDATE SET expires_at = excluded.expires_at WHERE replay.expires_at <= ?", (scope, "id-%d" % i, expires, now))
            if cur.rowcount == 1:
                accepted.append(str(i))
        print(" ".join(accepted), flush=True)
        """;

    private readonly Process _process;

    private SqliteChildProcess(Process process) => _process = process;

    /// <summary>Starts the child, waits until it has opened the file, then lets it run.</summary>
    public static async Task<SqliteChildProcess> StartAsync(string path, string scope, int count, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        if (!File.Exists(Python))
        {
            Assert.Inconclusive($"{Python} is needed for the cross-process test.");
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", Script, path, scope, count.ToString(CultureInfo.InvariantCulture),
            now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), expiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var child = new SqliteChildProcess(Process.Start(start)!);
        Assert.AreEqual("ready", await child._process.StandardOutput.ReadLineAsync());
        await child._process.StandardInput.WriteLineAsync("go");
        await child._process.StandardInput.FlushAsync();
        return child;
    }

    public async Task<IReadOnlyList<int>> AcceptedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token) ?? "";
        await _process.WaitForExitAsync(timeout.Token);
        Assert.AreEqual(0, _process.ExitCode);
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
