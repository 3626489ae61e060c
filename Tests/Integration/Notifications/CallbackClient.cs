using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Integration.Notifications;

/// <summary>The production sending stack (guard, guarded handler, SOAP sender) for tests over real HTTP.</summary>
internal sealed class CallbackClient : IDisposable
{
    public CallbackClient(CallbackPolicy policy, IHostResolver? resolver = null)
    {
        var names = resolver ?? new DnsHostResolver();
        Guard = new EgressGuard(policy, names);
        Http = CallbackHttp.CreateClient(Guard, policy, names);
        Sender = new SoapNotificationSender(Http, policy, Envelope);
    }

    public EgressGuard Guard { get; }

    public HttpClient Http { get; }

    public SoapNotificationSender Sender { get; }

    public static CallbackPolicy LoopbackAllowed(Action<CallbackPolicy>? configure = null)
    {
        var policy = new CallbackPolicy { AllowedCallbackHosts = ["127.0.0.1"] };
        configure?.Invoke(policy);
        return policy;
    }

    public static OutboxEntry Entry(string endpoint, long sequence = 1) =>
        new(sequence, $"urn:uuid:{Guid.NewGuid()}", "sub-1", endpoint,
            $"<rg:Notify xmlns:rg=\"urn:3gpp:gup:2006-08:rg\"><rg:n>{sequence}</rg:n></rg:Notify>", "urn:test:app", 0, DateTimeOffset.UnixEpoch);

    /// <summary>A stand-in for the real envelope builder: fresh MessageID per attempt, stable notification id.</summary>
    public static string Envelope(OutboxEntry entry) =>
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>" +
        $"<MessageID>urn:uuid:{Guid.NewGuid()}</MessageID><NotificationID>{entry.NotificationId}</NotificationID>" +
        $"</s:Header><s:Body>{entry.Payload}</s:Body></s:Envelope>";

    public void Dispose() => Http.Dispose();
}
