using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Tests.Support;

/// <summary>
/// Debian's HAProxy terminating TLS on a loopback port in front of backend HTTP servers, round robin, adding
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto: https</c> as a production balancer would. Its certificate is made
/// here; <see cref="Client"/> trusts exactly that one. Inconclusive when haproxy is not installed.
/// </summary>
internal sealed class HaproxyProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly X509Certificate2 _certificate;

    private HaproxyProcess(Process process, string directory, X509Certificate2 certificate, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        _certificate = certificate;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == _certificate.GetCertHashString() },
        })
        { Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static async Task<HaproxyProcess> StartAsync(params Uri[] backends)
    {
        var executable = new[] { "/usr/sbin/haproxy", "/usr/bin/haproxy" }.FirstOrDefault(File.Exists)
            ?? throw new AssertInconclusiveException("haproxy is not installed (.ci/run installs Debian's haproxy).");
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gupsoap-tests", "haproxy-" + Guid.NewGuid().ToString("N"))).FullName;
        var certificate = NewCertificate();
        await File.WriteAllTextAsync(Path.Combine(directory, "tls.pem"), certificate.ExportCertificatePem() + "\n" + certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem() + "\n");
        var port = FreePort();
        var servers = string.Concat(backends.Select((b, i) => $"  server gup{i} {b.Host}:{b.Port.ToString(CultureInfo.InvariantCulture)}\n"));
        await File.WriteAllTextAsync(Path.Combine(directory, "haproxy.cfg"), $"""
            global
              maxconn 512
            defaults
              mode http
              timeout connect 5s
              timeout client 60s
              timeout server 60s
            frontend gup
              bind 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} ssl crt {directory}/tls.pem
              option forwardfor
              http-request set-header X-Forwarded-Proto https
              default_backend gups
            backend gups
              balance roundrobin
            {servers}
            """);
        var process = Process.Start(new ProcessStartInfo(executable, ["-db", "-f", Path.Combine(directory, "haproxy.cfg")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var haproxy = new HaproxyProcess(process, directory, certificate, new Uri($"https://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        await haproxy.WaitListeningAsync(port);
        return haproxy;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _certificate.Dispose();
        GupServer.DeleteDirectory(_directory);
    }

    private async Task WaitListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            Assert.IsFalse(_process.HasExited, "haproxy exited at start");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static X509Certificate2 NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509Certificate2.CreateFromPem(made.ExportCertificatePem(), rsa.ExportPkcs8PrivateKeyPem());
    }
}
