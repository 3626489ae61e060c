using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>What the RAF subscription tests share: the test RAF of one store kind, the test's cancellation, cleanup.</summary>
public abstract class SubscriptionRafTests(TestContext testContext, StoreKind kind)
{
    /// <summary>Set by each class's initialisation; null when the store was unavailable (an inconclusive PostgreSQL variant).</summary>
    internal SubscriptionTestRaf TestRaf { get; set; } = null!;

    protected StoreKind Kind => kind;

    protected CancellationToken Ct => testContext.CancellationToken;

    [TestCleanup]
    public async Task CleanupAsync()
    {
        if (TestRaf is not null)
        {
            await TestRaf.DisposeAsync();
        }
    }
}
