using GupSoap.Server.WebConsole;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.WebConsole;

/// <summary>Password guessing at the console's local sign-in: a user name locks after too many wrong passwords in a row.</summary>
[TestClass]
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConsoleOptions Options = new() { MaxFailedSignIns = 3, LockoutDuration = TimeSpan.FromMinutes(10) };

    [TestMethod]
    public void PasswordGuessing_LocksTheNameAfterTheLimit_UntilTheLockEnds()
    {
        var time = new ManualTimeProvider(Start);
        var throttle = new SignInThrottle(Options, time);

        Assert.IsNull(throttle.Failed("carl"));
        Assert.IsNull(throttle.Failed("carl"));
        Assert.IsNull(throttle.LockedUntil("carl"));
        Assert.AreEqual(Start.AddMinutes(10), throttle.Failed("carl"));
        Assert.AreEqual(Start.AddMinutes(10), throttle.LockedUntil("carl"));
        Assert.AreEqual(Start.AddMinutes(10), throttle.LockedUntil(" CARL "), "the same name however written");
        Assert.IsNull(throttle.LockedUntil("ada"), "other names are not affected");

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.IsNull(throttle.LockedUntil("carl"));
        Assert.IsNull(throttle.Failed("carl"), "after a lock the count starts again");
        Assert.IsNull(throttle.Failed("carl"));
        Assert.IsNotNull(throttle.Failed("carl"));
    }

    [TestMethod]
    public void SuccessfulSignIn_ClearsTheCount()
    {
        var throttle = new SignInThrottle(Options, new ManualTimeProvider(Start));
        throttle.Failed("carl");
        throttle.Failed("carl");
        throttle.Succeeded("carl");

        Assert.IsNull(throttle.Failed("carl"));
        Assert.IsNull(throttle.Failed("carl"));
        Assert.IsNull(throttle.LockedUntil("carl"));
    }

    [TestMethod]
    public void PasswordGuessing_OverManyNames_KeepsMemoryBounded_AndLocksStillHold()
    {
        var throttle = new SignInThrottle(Options with { MaxFailedSignIns = 1 }, new ManualTimeProvider(Start));
        Assert.IsNotNull(throttle.Failed("target"));
        for (var i = 0; i < SignInThrottle.MaxTracked + 50; i++)
        {
            throttle.Failed("guess-" + i);
        }

        Assert.IsNotNull(throttle.LockedUntil("guess-" + (SignInThrottle.MaxTracked + 49)), "the newest locks hold");
    }
}
