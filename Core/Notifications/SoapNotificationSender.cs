using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GupSoap.Core.Notifications;

/// <summary>
/// Delivers a notification as a SOAP 1.1 POST to its callback (TS 23.240 §4.3.7 Notify, §4.4.8 NotifyData) within
/// one attempt's time and response-size bounds (SECURITY.md A3, A4). 2xx is delivered; 3xx (never followed), 408,
/// 429, 5xx (a SOAP fault included), timeouts and network errors are worth retrying; any other 4xx, an unacceptable
/// URL or a callback address refused at connect time is permanent. <c>envelope</c> wraps the payload in a fresh
/// envelope (MessageID, Timestamp, token for <see cref="OutboxEntry.Audience"/>) for each attempt.
/// </summary>
public sealed class SoapNotificationSender(HttpClient client, CallbackPolicy policy, Func<OutboxEntry, string> envelope) : INotificationSender
{
    private readonly EgressGuard _guard = new(policy);

    public async Task<DeliveryAttempt> SendAsync(OutboxEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_guard.CheckUrl(entry.Endpoint) is { } refused)
        {
            return DeliveryAttempt.Rejected(refused);
        }

        if (NotificationAction.Of(entry.Payload) is not { } action)
        {
            return DeliveryAttempt.Rejected("The notification payload has no root element.");
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(policy.AttemptTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, entry.Endpoint)
        {
            Content = new StringContent(envelope(entry), Encoding.UTF8, new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" }),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            return await ClassifyAsync(response, attempt.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return DeliveryAttempt.Retryable($"No answer within {policy.AttemptTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is CallbackAddressRefusedException refusal)
        {
            return DeliveryAttempt.Rejected(refusal.Message);
        }
        catch (HttpRequestException ex)
        {
            return DeliveryAttempt.Retryable($"The callback could not be reached ({ex.HttpRequestError}).");
        }
    }

    private async Task<DeliveryAttempt> ClassifyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return await CappedBody.DrainAsync(response, policy.MaxResponseBytes, ct)
                ? DeliveryAttempt.Success
                : DeliveryAttempt.Retryable($"The callback answered more than {policy.MaxResponseBytes} bytes.");
        }

        var described = $"The callback answered HTTP {status}.";
        return status switch
        {
            >= 300 and < 400 => DeliveryAttempt.Retryable($"The callback answered HTTP {status}; redirects are not followed."),
            (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests => DeliveryAttempt.Retryable(described),
            >= 400 and < 500 => DeliveryAttempt.Rejected(described),
            _ => DeliveryAttempt.Retryable(described),
        };
    }
}
