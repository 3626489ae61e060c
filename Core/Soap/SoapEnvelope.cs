using System.Xml.Linq;

namespace GupSoap.Core.Soap;

/// <summary>A parsed request envelope: its version, header blocks and the Body's one operation element.</summary>
public sealed record SoapEnvelope(SoapVersion Version, IReadOnlyList<XElement> Headers, XElement Operation);
