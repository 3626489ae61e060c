using System.Collections.Concurrent;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Tests.Support;

/// <summary>
/// Concurrent Rg writes that span both RAFs (SubscriberInfo at hss, PresenceSettings at services): each client creates
/// a new subscriber's profile and, once that is acknowledged, deletes it whole, then starts over — recording what
/// every request was answered (or that no answer came), so that what survives a crash can be checked against it.
/// </summary>
internal sealed class MultiRafWriteLoad
{
    /// <summary>How a request ended for its client.</summary>
    public enum Outcome
    {
        Ok,
        Refused,

        /// <summary>No answer (the connection broke or was refused): it may or may not have been applied.</summary>
        Unknown,
    }

    /// <summary>One subscriber's history: its Create and, if the Create was acknowledged, its Delete.</summary>
    public sealed class History(string resource)
    {
        public string Resource { get; } = resource;

        public Outcome? Create { get; set; }

        public Outcome? Delete { get; set; }

        /// <summary>What the profile must be after recovery: true present, false absent, null either (an unanswered request).</summary>
        public bool? Expected => (Create, Delete) switch
        {
            (Outcome.Ok, null or Outcome.Refused) => true,
            (Outcome.Ok, Outcome.Ok) => false,
            (Outcome.Refused, _) => false,
            _ => null,
        };
    }

    // Large enough that the hss half takes noticeably longer than the services half: it widens the crash window.
    private static readonly string BigSubscriberInfo =
        $"<sub:SubscriberInfo><sub:DisplayName>Crash test</sub:DisplayName><sub:Language>en</sub:Language>{string.Concat(Enumerable.Range(0, 2000).Select(i => $"<sub:MSISDN>+4670{i:D7}</sub:MSISDN>"))}</sub:SubscriberInfo>";

    private readonly ConcurrentBag<History> _histories = [];

    private readonly ConcurrentQueue<string> _cut = new();

    private readonly ConcurrentQueue<string> _unanswered = new();

    private readonly ConcurrentQueue<long> _answered = new();

    private readonly TaskCompletionSource _acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<History> Histories => _histories;

    /// <summary>Answers that began but are not whole SOAP messages.</summary>
    public IReadOnlyCollection<string> Cut => _cut;

    /// <summary>Requests that got no answer at all (refused or closed connection, timeout), with why.</summary>
    public IReadOnlyCollection<string> Unanswered => _unanswered;

    /// <summary>How many answers arrived after <paramref name="timestamp"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    public int AnsweredAfter(long timestamp) => _answered.Count(t => t > timestamp);

    /// <summary>Completes with the first acknowledged write: from then on the server is warm and writes are in flight.</summary>
    public Task FirstAcknowledged => _acknowledged.Task;

    /// <summary>Runs <paramref name="clients"/> clients against <paramref name="rg"/> until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(Uri rg, int clients, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(rg, i, stop), CancellationToken.None)));

    private async Task ClientAsync(Uri rg, int client, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var history = new History(SharedServer.NewSubscriber($"crash-{client}"));
            _histories.Add(history);
            history.Create = await SendAsync(rg, RgText.Create(history.Resource, ("sub:SubscriberInfo", BigSubscriberInfo), ("pres:PresenceSettings", SoapMessages.Presence())));
            if (history.Create == Outcome.Ok)
            {
                _acknowledged.TrySetResult();
            }

            if (history.Create != Outcome.Ok || stop.IsCancellationRequested)
            {
                if (history.Create == Outcome.Unknown)
                {
                    return;
                }

                continue;
            }

            history.Delete = await SendAsync(rg, RgText.Delete(history.Resource));
            if (history.Delete == Outcome.Unknown)
            {
                return;
            }
        }
    }

    private async Task<Outcome> SendAsync(Uri rg, string body)
    {
        try
        {
            var answer = await RgText.PostAsync(rg, body);
            _answered.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
            if (answer.Document is null)
            {
                _cut.Enqueue($"HTTP {(int)answer.Http} with no SOAP answer: {answer.Text[..Math.Min(200, answer.Text.Length)]}");
            }

            return answer.Document is not null && answer.Fault is null && answer.StatusCode == StatusCodes.Ok ? Outcome.Ok : Outcome.Refused;
        }
        catch (System.Xml.XmlException ex)
        {
            // An answer began and broke off: its body is not a whole document.
            _cut.Enqueue("a partial answer: " + ex.Message);
            return Outcome.Unknown;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            _unanswered.Enqueue(Describe(ex));
            return Outcome.Unknown;
        }
    }

    private static string Describe(Exception ex) => ex.InnerException is null ? $"{ex.GetType().Name}: {ex.Message}" : $"{ex.GetType().Name}: {ex.Message} <- {Describe(ex.InnerException)}";
}
