using System.Diagnostics;

namespace GupSoap.Bench;

/// <summary>
/// Creates one SubscriberInfo per worker before a mix that modifies, so that concurrent overwrites never touch the
/// same component: over Rg Create when the mix has <c>rg-modify</c> (so the GUP Server records the placement, as for
/// any component an application created), else over Rp Create Component at the <c>hss</c> RAF.
/// </summary>
internal static class WorkerResources
{
    /// <summary>Rg Create costs the Rg request, the RAF's dry run and the create itself.</summary>
    private const int RgCreateServerRequests = 3;

    public static async Task<bool> CreateAsync(LoadClient client, RequestMix mix, int workers, RequestBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mix);
        var overRg = mix.Kinds.Contains(RequestKind.RgModify);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < workers; i++)
        {
            var resource = BenchProfiles.ResourceOf(i);
            if (!budget.TryTake(overRg ? RgCreateServerRequests : 1))
            {
                await Console.Error.WriteLineAsync($"--max-requests {budget.Total:N0} does not even cover creating the workers' resources.");
                return false;
            }

            var now = TimeProvider.System.GetUtcNow();
            var messageId = LibertyEnvelope.NewMessageId();
            var request = overRg
                ? RgRequests.CreateSubscriberInfo(resource, "Bench", messageId, now)
                : RpRequests.CreateSubscriberInfo(resource, "Bench", messageId, now);
            var answer = await client.SendAsync(request, cancellationToken);
            if (!answer.IsOk)
            {
                await Console.Error.WriteLineAsync($"Creating {resource} failed: {answer.Detail}");
                return false;
            }
        }

        Console.WriteLine($"Created {workers} SubscriberInfo components over {(overRg ? "Rg Create" : "Rp CreateComponent")} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms.");
        return true;
    }
}
