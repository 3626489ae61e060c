using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GupSoap.Bench.Compare;

/// <summary>
/// A process the comparison starts (ceiling or server) on a free loopback port, ready once its probe path answers;
/// killed with its tree on dispose.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ChildProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

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

    /// <summary>Starts <c>dotnet {dll} {args} --urls http://127.0.0.1:{free port}</c> and waits until GET <paramref name="probe"/> answers.</summary>
    public static async Task<ChildProcess> StartAsync(string dll, IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>> environment, string probe)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll }.Concat(args).Concat(["--urls", baseAddress.ToString().TrimEnd('/')]))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var child = new ChildProcess(Process.Start(start)!, baseAddress);
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        try
        {
            await child.WaitUntilAnsweringAsync(probe);
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync(string probe)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited ({_process.ExitCode}) before answering:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, probe));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"The process did not answer {probe} within two minutes:\n{Log}");
            }

            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
