using GupSoap.Raf.Notifications;

namespace GupSoap.Raf.Storage;

/// <summary>
/// The part of a write every store shares: run the work, and when it asks to commit (and this is no dry run) queue
/// the notifications of every change it made in the same transaction (TS 23.240 §4.4.8; SECURITY.md R7).
/// </summary>
internal static class WriteUnit
{
    /// <returns>The work's result and whether the caller commits the transaction.</returns>
    public static async Task<(T Result, bool Commit)> RunAsync<T>(IComponentWriteSession session, INotificationQueue queue, ChangeNotifier notifier,
        WriteJournal journal, Func<IComponentWriteSession, Task<WriteOutcome<T>>> work, bool simulate)
    {
        var outcome = await work(session);
        if (!outcome.Commit || simulate)
        {
            return (outcome.Result, false);
        }

        foreach (var change in journal.Changes)
        {
            journal.Queued += await notifier.NotifyChangeAsync(queue, change);
        }

        journal.Committing = true;
        return (outcome.Result, true);
    }
}
