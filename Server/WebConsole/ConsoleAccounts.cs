using System.Security.Cryptography;
using System.Text.Json;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The local console accounts of a deployment without an IdP (the embedded default): <c>console-users.json</c> in the
/// data directory, written by <c>admin console-user add</c>. Only PBKDF2-SHA512 hashes with a random salt are kept;
/// there is no default account and no default password.
/// </summary>
internal sealed class ConsoleAccounts(string path)
{
    public const string FileName = "console-users.json";
    public const int Iterations = 210_000;
    public const int MinPasswordLength = 12;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Path => path;

    public static ConsoleAccounts In(string dataDirectory) => new(System.IO.Path.Combine(dataDirectory, FileName));

    /// <summary>Adds or replaces the account <paramref name="name"/>; null when done, else why not.</summary>
    public string? Set(string name, string role, string password)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "The user name must be 1 to 64 characters without spaces.";
        }

        if (!ConsoleRoles.IsKnown(role))
        {
            return $"The role must be {ConsoleRoles.Care} or {ConsoleRoles.Admin}.";
        }

        if (password.Length < MinPasswordLength)
        {
            return $"The password must have at least {MinPasswordLength} characters.";
        }

        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var account = new StoredAccount(name, role, Convert.ToBase64String(salt), Convert.ToBase64String(Derive(password, salt, Iterations)), Iterations);
        var accounts = ReadAll().Where(a => !string.Equals(a.Name, name, StringComparison.Ordinal)).Append(account).ToList();
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(accounts, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
        return null;
    }

    /// <summary>The account's role when the password is right; null otherwise (the same work is done for unknown names).</summary>
    public string? Verify(string name, string password)
    {
        var account = ReadAll().FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
        var salt = account is null ? new byte[SaltBytes] : Convert.FromBase64String(account.Salt);
        var expected = account is null ? new byte[HashBytes] : Convert.FromBase64String(account.Hash);
        var actual = Derive(password, salt, account?.Iterations ?? Iterations);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && account is not null && ConsoleRoles.IsKnown(account.Role) ? account.Role : null;
    }

    public bool Any() => ReadAll().Count > 0;

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, HashBytes);

    private List<StoredAccount> ReadAll() =>
        File.Exists(path) ? JsonSerializer.Deserialize<List<StoredAccount>>(File.ReadAllText(path), Json) ?? [] : [];

    private sealed record StoredAccount(string Name, string Role, string Salt, string Hash, int Iterations);
}
