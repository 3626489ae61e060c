using System.Xml.Linq;
using GupSoap.Raf.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Notifications;

/// <summary><see cref="INotificationQueue"/> on the connection and transaction of one SQLite write.</summary>
internal sealed class SqliteNotificationQueue(SqliteConnection connection, SqliteTransaction transaction, SqliteStatements statements, CancellationToken ct) : INotificationQueue
{
    public Task<IReadOnlyList<Subscription>> ActiveForAsync(string resourceId, XName componentType, DateTimeOffset now) =>
        SqliteSubscriptionQueries.ActiveForAsync(statements, resourceId, componentType, now, ct);

    public Task EnqueueAsync(Subscription subscription, string notificationId, string payload, DateTimeOffset now) =>
        SqliteOutboxQueries.EnqueueAsync(connection, transaction, subscription, notificationId, payload, now, ct);
}
