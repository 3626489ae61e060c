namespace GupSoap.Core.Notifications;

/// <summary>
/// A callback host resolved, at connect time, to an address the <see cref="EgressGuard"/> refuses (SECURITY.md A2):
/// no connection was made. Delivery treats it as permanent, so the subscription is suspended and reported.
/// </summary>
public sealed class CallbackAddressRefusedException : Exception
{
    public CallbackAddressRefusedException()
    {
    }

    public CallbackAddressRefusedException(string message)
        : base(message)
    {
    }

    public CallbackAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
