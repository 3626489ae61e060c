using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GupSoap.Bench.Compare;

/// <summary>What one wrk run measured: requests, time, latency percentiles, and the answers that were not OK.</summary>
internal sealed record WrkResult(long Requests, TimeSpan Duration, double P50Milliseconds, double P99Milliseconds, long NotOk, long SocketErrors)
{
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;
}

/// <summary>
/// Drives one workload with wrk (a C load generator, so the client costs little of the shared CPU): a Lua script fills
/// a fresh MessageID (and a random provisioned subscriber) into every request and counts answers without HTTP 200 or
/// without <c>code="OK"</c>. <paramref name="delayMilliseconds"/> spaces each connection's requests to hold a lower rate.
/// </summary>
internal static partial class WrkRun
{
    public static async Task<WrkResult> RunAsync(Uri target, Workload workload, CompareOptions options, int seconds, int subscribers, double delayMilliseconds = 0)
    {
        var script = Path.Combine(Path.GetTempPath(), $"gupsoap-wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(target, workload, subscribers, delayMilliseconds));
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-t", Num(options.Threads), "-c", Num(options.Connections), "-d", Num(seconds) + "s", "--timeout", "10s", "-s", script, target.GetLeftPart(UriPartial.Authority) })
            {
                start.ArgumentList.Add(arg);
            }

            using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk could not be started.");
            var output = await wrk.StandardOutput.ReadToEndAsync();
            var error = await wrk.StandardError.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            if (ResultLine().Match(output) is not { Success: true } line)
            {
                throw new InvalidOperationException($"wrk gave no result ({wrk.ExitCode}): {output}{error}");
            }

            return new WrkResult(Long(line, "requests"), TimeSpan.FromMicroseconds(Long(line, "duration")),
                Long(line, "p50") / 1000.0, Long(line, "p99") / 1000.0, Long(line, "bad"), Long(line, "errors"));
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Script(Uri target, Workload workload, int subscribers, double delayMilliseconds)
    {
        // The envelope as Lua long strings between the slots, and which slot follows each piece.
        var pieces = SlotSplit().Split(workload.Envelope);
        var text = new StringBuilder();
        text.Append("local nonce = \"").Append(Guid.NewGuid().ToString("N")).Append("\"\n");
        text.Append("local subscribers = ").Append(Num(Math.Max(subscribers, 1))).Append('\n');
        text.Append("local delay_ms = ").Append(delayMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("local path = \"").Append(target.AbsolutePath).Append("\"\n");
        text.Append("local headers = { [\"Content-Type\"] = \"text/xml; charset=utf-8\", [\"SOAPAction\"] = '\"").Append(workload.SoapAction).Append("\"' }\n");
        text.Append("local pieces = {\n");
        foreach (var piece in pieces)
        {
            text.Append("[==[").Append(piece).Append("]==],\n");
        }

        text.Append("}\n");
        text.Append("""
            local threads = {}
            function setup(thread)
              table.insert(threads, thread)
              thread:set("tid", #threads)
            end
            function init(args)
              bad = 0
              counter = 0
              math.randomseed(tid * 7919 + os.time())
            end
            function request()
              counter = counter + 1
              local parts = {}
              for i, piece in ipairs(pieces) do
                if piece == "@@MID@@" then
                  parts[i] = "urn:uuid:" .. nonce .. "-" .. tid .. "-" .. counter
                elseif piece == "@@RES@@" then
                  parts[i] = string.format("sip:bench-%07d@example.org", math.random(0, subscribers - 1))
                else
                  parts[i] = piece
                end
              end
              return wrk.format("POST", path, headers, table.concat(parts))
            end
            if delay_ms > 0 then
              function delay()
                return delay_ms
              end
            end
            function response(status, hdrs, body)
              if status ~= 200 or not string.find(body, 'code="OK"', 1, true) then
                bad = bad + 1
              end
            end
            function done(summary, latency, requests)
              local total_bad = 0
              for _, t in ipairs(threads) do
                total_bad = total_bad + t:get("bad")
              end
              local e = summary.errors
              io.write(string.format("GUPSOAP requests=%d duration=%d p50=%d p99=%d bad=%d errors=%d\n",
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), total_bad,
                e.connect + e.read + e.write + e.timeout))
            end

            """);
        return text.ToString();
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static long Long(Match line, string name) => long.Parse(Regex.Match(line.Value, name + "=(\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("GUPSOAP .*")]
    private static partial Regex ResultLine();

    [GeneratedRegex("(@@MID@@|@@RES@@)")]
    private static partial Regex SlotSplit();
}
