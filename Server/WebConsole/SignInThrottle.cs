namespace GupSoap.Server.WebConsole;

/// <summary>
/// Locks a local console user name after <see cref="ConsoleOptions.MaxFailedSignIns"/> wrong passwords in a row for
/// <see cref="ConsoleOptions.LockoutDuration"/>, known names and unknown alike (so a lock says nothing about whether
/// the account exists). While locked the password is not even checked, so guessing costs the server no key derivation.
/// Per process and in memory: a restart forgets the counts.
/// </summary>
internal sealed class SignInThrottle(ConsoleOptions options, TimeProvider time)
{
    /// <summary>Names tracked at most; beyond that the unlocked ones are forgotten first.</summary>
    public const int MaxTracked = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Failures, DateTimeOffset LockedUntil)> _names = new(StringComparer.Ordinal);

    /// <summary>Until when <paramref name="user"/> is locked out, or null when it may try.</summary>
    public DateTimeOffset? LockedUntil(string user)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            return _names.TryGetValue(Key(user), out var state) && state.LockedUntil > now ? state.LockedUntil : null;
        }
    }

    /// <summary>Counts a wrong password; answers the end of the lock it starts, if it starts one.</summary>
    public DateTimeOffset? Failed(string user)
    {
        var now = time.GetUtcNow();
        var key = Key(user);
        lock (_gate)
        {
            if (!_names.ContainsKey(key) && _names.Count >= MaxTracked)
            {
                Forget(now);
            }

            var (failures, lockedUntil) = _names.GetValueOrDefault(key);
            failures = lockedUntil > DateTimeOffset.MinValue && lockedUntil <= now ? 1 : failures + 1;
            if (failures >= options.MaxFailedSignIns)
            {
                _names[key] = (0, now + options.LockoutDuration);
                return now + options.LockoutDuration;
            }

            _names[key] = (failures, DateTimeOffset.MinValue);
            return null;
        }
    }

    public void Succeeded(string user)
    {
        lock (_gate)
        {
            _names.Remove(Key(user));
        }
    }

    private static string Key(string user) => user.Trim().ToUpperInvariant();

    private void Forget(DateTimeOffset now)
    {
        foreach (var key in _names.Where(n => n.Value.LockedUntil <= now).Select(n => n.Key).ToList())
        {
            _names.Remove(key);
        }

        if (_names.Count >= MaxTracked)
        {
            // Every tracked name is locked: an attack on many names at once; the oldest locks go first.
            foreach (var key in _names.OrderBy(n => n.Value.LockedUntil).Take(MaxTracked / 10).Select(n => n.Key).ToList())
            {
                _names.Remove(key);
            }
        }
    }
}
