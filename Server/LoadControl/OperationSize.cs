using System.Text;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Soap;

namespace GupSoap.Server.LoadControl;

/// <summary>
/// Size limits per operation (TS 23.240 §4.2.1): items in one request and bytes of NewData, from
/// <c>Gup:Limits:Operations:{Operation}</c>. Retrying cannot make a request smaller, so the fault is the client's,
/// not a 503. NewData is measured only when a limit below the body limit makes it matter.
/// </summary>
internal static class OperationSize
{
    public static SoapAdmissionRefusal? Check(string operation, object request, LoadLimits limits, int maxBodyBytes)
    {
        if (limits.MaxItems.TryGetValue(operation, out var maxItems) && ItemCount(request) is { } count && count > maxItems)
        {
            var limit = "max-items:" + operation;
            return new SoapAdmissionRefusal(limit, SoapFaults.OverSizeLimit(limit, $"{count} items in one {operation}; at most {maxItems}."));
        }

        if (limits.MaxNewDataBytes.TryGetValue(operation, out var maxBytes) && maxBytes < maxBodyBytes && NewDataBytes(request) is var bytes && bytes > maxBytes)
        {
            var limit = "max-newdata-bytes:" + operation;
            return new SoapAdmissionRefusal(limit, SoapFaults.OverSizeLimit(limit, $"{bytes} bytes of NewData in one {operation}; at most {maxBytes}."));
        }

        return null;
    }

    private static int? ItemCount(object request) => request switch
    {
        QueryRequest r => r.Items?.Length ?? 0,
        ModifyRequest r => r.Items?.Length ?? 0,
        CreateRequest r => r.Items?.Length ?? 0,
        DeleteRequest r => r.Items?.Length ?? 0,
        SubscribeRequest r => r.Selects?.Length ?? 0,
        _ => null,
    };

    private static long NewDataBytes(object request) => request switch
    {
        ModifyRequest r => (r.Items ?? []).Sum(i => Bytes(i.NewData)),
        CreateRequest r => (r.Items ?? []).Sum(i => Bytes(i.NewData)),
        _ => 0,
    };

    private static long Bytes(AnyContent? content) =>
        content is null ? 0
        : (content.Elements ?? []).Sum(e => (long)Encoding.UTF8.GetByteCount(e.ToString(SaveOptions.DisableFormatting)))
          + Encoding.UTF8.GetByteCount((content as ValueContent)?.TextValue ?? content.Text ?? "");
}
