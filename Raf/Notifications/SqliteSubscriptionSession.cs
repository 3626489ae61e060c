using GupSoap.Raf.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Notifications;

/// <summary><see cref="ISubscriptionSession"/> on the connection and transaction of one write.</summary>
internal sealed class SqliteSubscriptionSession(SqliteConnection connection, SqliteTransaction transaction, SqliteStatements statements, ChangeNotifier notifier, WriteJournal journal,
    CancellationToken ct)
    : ISubscriptionSession
{
    public Task<int> CountActiveAsync(string subscriber, DateTimeOffset now) =>
        SqliteSubscriptionQueries.CountActiveAsync(connection, transaction, subscriber, now, ct);

    public Task<IReadOnlyList<string>> ActiveIdsAsync(string subscriber, DateTimeOffset now) =>
        SqliteSubscriptionQueries.ActiveIdsAsync(connection, transaction, subscriber, now, ct);

    public Task AddAsync(Subscription subscription) =>
        SqliteSubscriptionQueries.InsertAsync(connection, transaction, subscription, ct);

    public Task<Subscription?> FindAsync(string invokeId) =>
        SqliteSubscriptionQueries.FindAsync(connection, transaction, invokeId, ct);

    public Task<bool> RemoveAsync(string invokeId) =>
        SqliteSubscriptionQueries.DeleteAsync(connection, transaction, invokeId, ct);

    public Task<int> PurgeExpiredAsync(DateTimeOffset now) =>
        SqliteSubscriptionQueries.PurgeExpiredAsync(connection, transaction, now, ct);

    public async Task NotifyInitialAsync(Subscription subscription, StoredComponent current) =>
        journal.Queued += await notifier.NotifyInitialAsync(new SqliteNotificationQueue(connection, transaction, statements, ct), subscription, current);
}
