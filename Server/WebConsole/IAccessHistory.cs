namespace GupSoap.Server.WebConsole;

/// <summary>
/// Who accessed a subscriber's profile, what, when and with which outcome: what the access-history page shows. Until
/// the charging records are wired in, <see cref="ConsoleActionHistory"/> answers with the console's own actions.
/// </summary>
internal interface IAccessHistory
{
    /// <summary>The records about <paramref name="resourceId"/> in [from, to), newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AccessRecord>> ForSubscriberAsync(string resourceId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);
}

/// <summary>One access: when, by whom (provider and application), which operation on which data, and how it ended.</summary>
public sealed record AccessRecord(DateTimeOffset At, string Requestor, string? Application, string Operation, string Target, string Outcome);
