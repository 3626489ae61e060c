using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

[TestClass]
public sealed class CallbackPolicyTests
{
    [TestMethod]
    public void AllowingAlso_AddsTheHost_AndKeepsEveryOtherSetting()
    {
        var policy = new CallbackPolicy { AllowedCallbackHosts = ["a.example"], AttemptTimeout = TimeSpan.FromSeconds(7), MaxResponseBytes = 1234, ConnectTimeout = TimeSpan.FromSeconds(2) };
        var widened = policy.AllowingAlso("own-callback.example");
        CollectionAssert.AreEqual(new[] { "a.example", "own-callback.example" }, widened.AllowedCallbackHosts);
        Assert.AreEqual(policy.AttemptTimeout, widened.AttemptTimeout);
        Assert.AreEqual(policy.MaxResponseBytes, widened.MaxResponseBytes);
        Assert.AreEqual(policy.ConnectTimeout, widened.ConnectTimeout);
        CollectionAssert.AreEqual(new[] { "a.example" }, policy.AllowedCallbackHosts, "the original is unchanged");
    }
}
