using System.Net;
using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>How the sender builds the request and classifies answers (TS 23.240 §4.3.7; SECURITY.md A3, A4, R3).</summary>
[TestClass]
public sealed class SoapNotificationSenderTests
{
    private static readonly OutboxEntry Entry = new(1, "urn:uuid:n-1", "sub-1", "https://callback.example/notify",
        "<rp:NotifyData xmlns:rp=\"urn:3gpp:gup:2006-08:rp\"/>", "urn:test:app", 0, DateTimeOffset.UnixEpoch);

    private static string Envelope(OutboxEntry entry) => $"<Envelope>{entry.Payload}</Envelope>";

    [TestMethod]
    public async Task SendAsync_Posts_EnvelopeAsTextXmlWithActionFromPayloadRoot()
    {
        var stub = new StubHandler(HttpStatusCode.OK);
        var sender = new SoapNotificationSender(new HttpClient(stub), new CallbackPolicy(), Envelope);

        var attempt = await sender.SendAsync(Entry, CancellationToken.None);

        Assert.IsTrue(attempt.Delivered);
        Assert.AreEqual(HttpMethod.Post, stub.Method);
        Assert.AreEqual("\"urn:3gpp:gup:2006-08:rp:NotifyData\"", stub.SoapAction);
        Assert.AreEqual("text/xml", stub.MediaType);
        Assert.AreEqual(Envelope(Entry), stub.Body);
    }

    [TestMethod]
    [DataRow(HttpStatusCode.OK, true, false)]
    [DataRow(HttpStatusCode.Accepted, true, false)]
    [DataRow(HttpStatusCode.NoContent, true, false)]
    [DataRow(HttpStatusCode.Found, false, false)]
    [DataRow(HttpStatusCode.TemporaryRedirect, false, false)]
    [DataRow(HttpStatusCode.BadRequest, false, true)]
    [DataRow(HttpStatusCode.NotFound, false, true)]
    [DataRow(HttpStatusCode.Gone, false, true)]
    [DataRow(HttpStatusCode.RequestTimeout, false, false)]
    [DataRow(HttpStatusCode.TooManyRequests, false, false)]
    [DataRow(HttpStatusCode.InternalServerError, false, false)]
    [DataRow(HttpStatusCode.ServiceUnavailable, false, false)]
    public async Task SendAsync_Status_IsClassified(HttpStatusCode status, bool delivered, bool permanent)
    {
        var sender = new SoapNotificationSender(new HttpClient(new StubHandler(status)), new CallbackPolicy(), Envelope);

        var attempt = await sender.SendAsync(Entry, CancellationToken.None);

        Assert.AreEqual(delivered, attempt.Delivered);
        Assert.AreEqual(permanent, attempt.Permanent);
        Assert.AreEqual(delivered, attempt.Error is null);
    }

    [TestMethod]
    public async Task SendAsync_UnacceptableUrl_PermanentWithoutRequest()
    {
        var stub = new StubHandler(HttpStatusCode.OK);
        var sender = new SoapNotificationSender(new HttpClient(stub), new CallbackPolicy(), Envelope);

        var attempt = await sender.SendAsync(Entry with { Endpoint = "http://169.254.169.254/latest/meta-data/" }, CancellationToken.None);

        Assert.IsTrue(attempt.Permanent);
        Assert.IsNull(stub.Method, "no request was made");
    }

    [TestMethod]
    public async Task SendAsync_NetworkError_Retryable()
    {
        var sender = new SoapNotificationSender(new HttpClient(new StubHandler(new HttpRequestException(HttpRequestError.ConnectionError))), new CallbackPolicy(), Envelope);

        var attempt = await sender.SendAsync(Entry, CancellationToken.None);

        Assert.IsFalse(attempt.Delivered);
        Assert.IsFalse(attempt.Permanent);
        Assert.Contains("ConnectionError", attempt.Error!);
    }

    [TestMethod]
    public async Task SendAsync_CallerCancels_Throws()
    {
        var sender = new SoapNotificationSender(new HttpClient(new StubHandler(HttpStatusCode.OK)), new CallbackPolicy(), Envelope);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => sender.SendAsync(Entry, cancelled.Token), "cancellation is not a failed attempt");
    }

    private sealed class StubHandler : HttpMessageHandler
    {
        private readonly HttpStatusCode _status;
        private readonly Exception? _failure;

        public StubHandler(HttpStatusCode status) => _status = status;

        public StubHandler(Exception failure) => _failure = failure;

        public HttpMethod? Method { get; private set; }

        public string? SoapAction { get; private set; }

        public string? MediaType { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_failure is not null)
            {
                throw _failure;
            }

            Method = request.Method;
            SoapAction = request.Headers.GetValues("SOAPAction").Single();
            MediaType = request.Content!.Headers.ContentType!.MediaType;
            Body = await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(_status) { Content = new StringContent("<ok/>") };
        }
    }
}
