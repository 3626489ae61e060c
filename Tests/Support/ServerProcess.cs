using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GupSoap.Tests.Support;

/// <summary>
/// The real executable (<c>GupSoap.Server.dll</c> next to the tests) in its own process on 127.0.0.1:0; the bound
/// address is read from its "GupSoap listening on" log line. Killed (the whole tree) on dispose.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly System.Text.StringBuilder _log;

    private ServerProcess(Process process, string dataDirectory, Uri baseAddress, System.Text.StringBuilder log)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        _log = log;
    }

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Ends the process at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Asks the process to stop (SIGTERM), as an operator or an orchestrator does; returns its exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public Uri Rp(string raf) => new(BaseAddress, $"raf/{raf}/rp");

    public Uri Rg => new(BaseAddress, "gup/rg");

    public static async Task<ServerProcess> StartAsync(params string[] args)
    {
        var dataDirectory = GupServer.NewDataDirectory();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll"), "--urls", "http://127.0.0.1:0", $"--Gup:DataDirectory={dataDirectory}" }.Concat(TestIdentity.ServerArgs).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                // End of output (the process exited or was killed). stderr may still be appending: read under the lock.
                string text;
                lock (log)
                {
                    text = log.ToString();
                }

                listening.TrySetException(new InvalidOperationException("Server exited before listening:\n" + text));
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return new ServerProcess(process, dataDirectory, address, log);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        GupServer.DeleteDirectory(_dataDirectory);
    }

    [GeneratedRegex(@"GupSoap listening on (http://\S+)")]
    private static partial Regex ListeningLine();
}
