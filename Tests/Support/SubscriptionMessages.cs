using System.Globalization;
using System.Text;
using GupSoap.Contracts;

namespace GupSoap.Tests.Support;

/// <summary>Rp SubscribeToData / UnsubscribeToData bodies as text (TS 23.240 §4.4.6, §4.4.7), for <see cref="SoapMessages.Envelope11"/>.</summary>
internal static class SubscriptionMessages
{
    /// <summary>A loopback callback nobody listens on: deliveries fail and are retried, so queued entries stay readable.</summary>
    public const string NotifyTo = "http://127.0.0.1:1/gup/notify";

    public static readonly string SimulateHeader =
        $"""<sb:ProcessingContext xmlns:sb="{Namespaces.SoapBinding}">{Namespaces.ProcessingContextSimulate}</sb:ProcessingContext>""";

    /// <summary>A Subscribe To Data; <paramref name="expires"/> null leaves the Filter's expires out.</summary>
    public static string Subscribe(string resource, string type, string? expires, string[]? selects = null, bool initialValues = false, int? minInterval = null,
        bool listSubscriptions = false, string notifyTo = NotifyTo)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<rp:SubscribeToData><gup:ResourceID>{resource}</gup:ResourceID><rp:ComponentType>{type}</rp:ComponentType>")
            .Append(CultureInfo.InvariantCulture, $"<rp:NotifyTo>{notifyTo}</rp:NotifyTo>");
        foreach (var select in selects ?? [])
        {
            body.Append(CultureInfo.InvariantCulture, $"<rp:Select>{select}</rp:Select>");
        }

        if (listSubscriptions)
        {
            body.Append("<rp:ListSubscriptions>true</rp:ListSubscriptions>");
        }

        body.Append("<rp:Filter")
            .Append(initialValues ? " initialValues=\"true\"" : "")
            .Append(minInterval is { } seconds ? string.Create(CultureInfo.InvariantCulture, $" minInterval=\"{seconds}\"") : "")
            .Append(expires is null ? "" : $" expires=\"{expires}\"")
            .Append("/></rp:SubscribeToData>");
        return body.ToString();
    }

    public static string Unsubscribe(params string[] invokeIds) =>
        $"<rp:UnsubscribeToData>{string.Concat(invokeIds.Select(id => $"<rp:InvokeID>{id}</rp:InvokeID>"))}</rp:UnsubscribeToData>";

    /// <summary>An <c>expires</c> value <paramref name="fromNow"/> ahead of the real clock.</summary>
    public static string ExpiresIn(TimeSpan fromNow) => SoapMessages.Instant(DateTimeOffset.UtcNow + fromNow);
}
