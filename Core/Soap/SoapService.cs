using System.Xml.Linq;

namespace GupSoap.Core.Soap;

/// <summary>A set of operations served at one endpoint, dispatched on the Body's first child QName.</summary>
public sealed class SoapService
{
    private readonly Dictionary<XName, SoapOperation> _operations;

    public SoapService(string name, string? providerId, IEnumerable<SoapOperation> operations)
    {
        Name = name;
        ProviderId = providerId;
        _operations = operations.ToDictionary(o => o.Element);
    }

    /// <summary>A name for logs and metrics, e.g. <c>raf:hss</c>.</summary>
    public string Name { get; }

    /// <summary>Our providerID, written as <c>sb:Sender</c> on responses.</summary>
    public string? ProviderId { get; }

    /// <summary>Writes a charging record per operation (TS 23.240 §4.1.9); null: none. Set while hosting, before the first request.</summary>
    public Charging.ChargingRecorder? Charging { get; set; }

    /// <summary>Load control in front of the operations (TS 23.240 §4.1.4); null: none. Set while hosting, before the first request.</summary>
    public ISoapAdmission? Admission { get; set; }

    public IReadOnlyCollection<SoapOperation> Operations => _operations.Values;

    public SoapOperation? Find(XName element) => _operations.GetValueOrDefault(element);

    /// <summary>Builds every message serializer now, so the first request of each operation does not pay for it.</summary>
    public void WarmUp()
    {
        foreach (var operation in _operations.Values)
        {
            MessageSerializer.For(operation.RequestType);
            MessageSerializer.For(operation.ResponseType);
        }
    }
}
