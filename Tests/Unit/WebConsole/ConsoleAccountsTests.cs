using GupSoap.Server.WebConsole;
using GupSoap.Tests.EndToEnd.Interop;

namespace GupSoap.Tests.Unit.WebConsole;

/// <summary>Local console accounts: PBKDF2 hashes only, no weak passwords, the right role for the right password only.</summary>
[TestClass]
public sealed class ConsoleAccountsTests
{
    [TestMethod]
    public void Set_ThenVerify_GivesRoleForRightPasswordOnly()
    {
        using var directory = new TemporaryDirectory();
        var accounts = ConsoleAccounts.In(directory.Path);
        Assert.IsFalse(accounts.Any());
        Assert.IsNull(accounts.Set("carl", ConsoleRoles.Care, "correct horse battery"));
        Assert.IsNull(accounts.Set("ada", ConsoleRoles.Admin, "another long password"));

        Assert.AreEqual(ConsoleRoles.Care, accounts.Verify("carl", "correct horse battery"));
        Assert.AreEqual(ConsoleRoles.Admin, accounts.Verify("ada", "another long password"));
        Assert.IsNull(accounts.Verify("carl", "correct horse batterY"));
        Assert.IsNull(accounts.Verify("carl", "another long password"));
        Assert.IsNull(accounts.Verify("nobody", "correct horse battery"));

        var stored = File.ReadAllText(accounts.Path);
        Assert.DoesNotContain("horse", stored);
        StringAssert.Contains(stored, ConsoleAccounts.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(accounts.Path));
        }
    }

    [TestMethod]
    public void Set_WeakPasswordOrUnknownRole_IsRefused()
    {
        using var directory = new TemporaryDirectory();
        var accounts = ConsoleAccounts.In(directory.Path);
        StringAssert.Contains(accounts.Set("carl", ConsoleRoles.Care, "short"), "at least");
        StringAssert.Contains(accounts.Set("carl", "root", "a long enough password"), "role");
        StringAssert.Contains(accounts.Set("two words", ConsoleRoles.Care, "a long enough password"), "user name");
        Assert.IsFalse(accounts.Any());
    }
}
