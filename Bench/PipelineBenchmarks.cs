using System.Diagnostics.CodeAnalysis;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Liberty;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Schemas;

namespace GupSoap.Bench;

/// <summary>
/// The SOAP pipeline's steps, one benchmark each, on the <c>load</c> mode's Read Data request. Each step gets the
/// output of the previous one prepared in <see cref="Setup"/>, so only that step is measured.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "BenchmarkDotNet derives from benchmark classes, which must be public and unsealed.")]
public class PipelineBenchmarks
{
    private static readonly DateTimeOffset FixedNow = new(2026, 3, 1, 10, 15, 30, TimeSpan.Zero);

    private readonly XmlLimits _limits = new();
    private readonly Func<string, string?> _resolvePrefix = prefix => prefix switch
    {
        "gup" => Namespaces.Gup,
        "sub" => Namespaces.Subscriber,
        _ => null,
    };

    private byte[] _envelope = [];
    private XDocument _document = new();
    private XElement _operation = new("unset");
    private XElement _subscriberInfo = new("unset");
    private string _select = "";

    [GlobalSetup]
    public void Setup()
    {
        _envelope = RpRequests.ReadData("urn:uuid:6f1c8a52-3b7e-4d0a-9c1e-2a4b5c6d7e8f", FixedNow).Envelope;
        _document = Require(SafeXmlLoad(), "SafeXmlLoader.Load");
        var (envelope, fault) = SoapEnvelopeParser.Parse(_document, SoapVersion.Soap11);
        _operation = Require(envelope, fault?.Reason ?? "SoapEnvelopeParser.Parse").Operation;
        Require(EnvelopeAndLibertyHeaders(), "LibertyHeaderReader.Read");
        Require(DeserializeReadData() as ReadDataRequest, "MessageSerializer.Deserialize");
        _select = RpRequests.DisplayNameSelect;
        Require(ParseDataReference(), "DataReferenceParser.Parse");
        _subscriberInfo = Require(SafeXmlLoader.Load(BenchProfiles.SubscriberInfo("Alice"), _limits).Document, "SubscriberInfo").Root!;
        if (!ValidateSubscriberInfo())
        {
            throw new InvalidOperationException("The benchmark's SubscriberInfo does not validate.");
        }
    }

    [Benchmark(Description = "SafeXmlLoader.Load (envelope bytes)")]
    public XDocument? SafeXmlLoad()
    {
        using var stream = new MemoryStream(_envelope, writable: false);
        return SafeXmlLoader.Load(stream, _limits).Document;
    }

    [Benchmark(Description = "SoapEnvelopeParser.Parse + LibertyHeaderReader.Read")]
    public LibertyHeaders? EnvelopeAndLibertyHeaders()
    {
        var (envelope, _) = SoapEnvelopeParser.Parse(_document, SoapVersion.Soap11);
        return envelope is null ? null : LibertyHeaderReader.Read(envelope).Headers;
    }

    [Benchmark(Description = "MessageSerializer.Deserialize (ReadDataRequest)")]
    public object? DeserializeReadData() => MessageSerializer.Deserialize(_operation, typeof(ReadDataRequest)).Value;

    [Benchmark(Description = "DataReferenceParser.Parse (DisplayName)")]
    public DataReference? ParseDataReference() => DataReferenceParser.Parse(_select, _resolvePrefix).Reference;

    [Benchmark(Description = "SchemaRegistry.Validate (SubscriberInfo)")]
    public bool ValidateSubscriberInfo() => SchemaRegistry.Default.Validate(_subscriberInfo).IsValid;

    private static T Require<T>(T? value, string step)
        where T : class =>
        value ?? throw new InvalidOperationException($"Benchmark setup: {step} failed on the Read Data request.");
}
