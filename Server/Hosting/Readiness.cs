using System.Text.Json.Serialization;
using GupSoap.Core.Security;
using GupSoap.Raf;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Whether this process can serve now (<c>GET /healthz/ready</c>, beside the liveness of <c>/healthz</c>): the replay
/// cache records (every request needs it, SECURITY.md S9 fails closed), each RAF store of this process answers a read,
/// and each remote RAF answers. Every check has its own short bound, so a dead store makes the probe answer
/// "unready" quickly instead of hanging (SECURITY.md R10).
/// </summary>
internal sealed class Readiness(IReplayCache replay, IReadOnlyList<RafInstance> rafs, RafHealth? remote, TimeProvider time)
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(2);

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = new List<Task<ReadinessCheck>>
        {
            CheckAsync("replay-cache", async token =>
                // A fresh id that expires in a minute: the real check-and-insert every request makes.
                await replay.TryRecordAsync("readiness", Guid.NewGuid().ToString("N"), time.GetUtcNow().AddMinutes(1), token) ? null : "a fresh id was reported as a replay",
                cancellationToken),
        };
        checks.AddRange(rafs.Select(raf => CheckAsync("store:" + raf.Options.Name, async token =>
        {
            await raf.Context.Store.GetSchemaRevisionsAsync(token);
            return null;
        }, cancellationToken)));
        var results = (await Task.WhenAll(checks)).ToList();
        if (remote is { HasRemoteRafs: true })
        {
            results.AddRange((await remote.CheckAsync(cancellationToken)).Select(r => new ReadinessCheck("raf:" + r.Name, r.Answers, r.Problem)));
        }

        return new ReadinessReport(results.All(c => c.Ok) ? "ready" : "unready", [.. results]);
    }

    private static async Task<ReadinessCheck> CheckAsync(string name, Func<CancellationToken, Task<string?>> check, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(CheckTimeout);
        try
        {
            // The check runs on its own: a store call that ignores cancellation still cannot hold the probe past its bound.
            var run = Task.Run(() => check(bound.Token), CancellationToken.None);
            var problem = await run.WaitAsync(CheckTimeout, cancellationToken);
            return new ReadinessCheck(name, problem is null, problem);
        }
        catch (TimeoutException)
        {
            return new ReadinessCheck(name, false, $"no answer within {CheckTimeout.TotalSeconds:0} s");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ReadinessCheck(name, false, $"no answer within {CheckTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: its message may carry connection details.
            return new ReadinessCheck(name, false, "failed: " + ex.GetType().Name);
        }
    }
}

/// <summary>The <c>/healthz/ready</c> answer: <c>ready</c> or <c>unready</c>, and each check with its problem.</summary>
internal sealed record ReadinessReport(string Status, ReadinessCheck[] Checks);

/// <summary>One readiness check: what was checked, whether it passed, and why not.</summary>
internal sealed record ReadinessCheck(string Name, bool Ok, string? Problem);

[JsonSerializable(typeof(ReadinessReport))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class ReadinessReportContext : JsonSerializerContext;
