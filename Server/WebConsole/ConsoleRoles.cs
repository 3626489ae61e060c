namespace GupSoap.Server.WebConsole;

/// <summary>The two console roles: <c>care</c> reads, <c>admin</c> also writes (ends subscriptions, edits rules).</summary>
public static class ConsoleRoles
{
    public const string Care = "care";
    public const string Admin = "admin";

    /// <summary>Authorization policy names: every console page needs <see cref="Staff"/>, a write needs <see cref="Admin"/>.</summary>
    public const string StaffPolicy = "console-staff";
    public const string AdminPolicy = "console-admin";

    public static bool IsKnown(string? role) => role is Care or Admin;
}
