using System.Diagnostics;

namespace GupSoap.Core.Hosting;

/// <summary>
/// The process's traces (W3C Trace Context): a server span per SOAP request, joined to the caller's trace when the
/// request carries <c>traceparent</c>, and a client span per Rp hop. Spans exist only while a listener samples
/// them; otherwise every call here costs one check.
/// </summary>
public static class GupTracing
{
    public const string Name = "GupSoap";

    public const string TraceParent = "traceparent";

    public const string TraceState = "tracestate";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>A server span for a request of <paramref name="service"/>, child of the caller's context when it sent a valid one.</summary>
    public static Activity? StartServer(string service, string? traceParent, string? traceState)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        if (Activity.Current is { } current && current.Source != Source)
        {
            // The hosting layer's own activity, which nothing here exports: the span's parent is the caller's
            // context from the header, or none (a new trace), never an unexported span. Scoped to this request's flow.
            Activity.Current = null;
        }

        var parent = traceParent is { Length: > 0 } && ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var remote)
            ? remote
            : default;
        var activity = Source.StartActivity(service, ActivityKind.Server, parent);
        activity?.SetTag("rpc.system", "soap");
        activity?.SetTag("rpc.service", service);
        return activity;
    }

    /// <summary>Names the span after its operation once known and records the outcome.</summary>
    public static void EndServer(Activity? activity, string operation, int httpStatus)
    {
        if (activity is null)
        {
            return;
        }

        activity.DisplayName = activity.OperationName + " " + operation;
        activity.SetTag("rpc.method", operation);
        activity.SetTag("http.response.status_code", httpStatus);
        if (httpStatus != 200)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>A client span for one Rp call to <paramref name="raf"/>.</summary>
    public static Activity? StartRpHop(string raf, string operation, bool inProcess)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("Rp " + operation, ActivityKind.Client);
        activity?.SetTag("rpc.system", "soap");
        activity?.SetTag("rpc.method", operation);
        activity?.SetTag("gup.raf", raf);
        activity?.SetTag("gup.rp.transport", inProcess ? "in-process" : "soap");
        return activity;
    }

    public static void EndRpHop(Activity? activity, string outcome)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("gup.rp.outcome", outcome);
        if (outcome is not "ok" and not "failed")
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
    }
}
