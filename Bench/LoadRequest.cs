namespace GupSoap.Bench;

/// <summary>One encoded SOAP 1.1 request: the server path it goes to (relative, e.g. <c>raf/hss/rp</c>), its SOAPAction and the envelope bytes.</summary>
internal sealed record LoadRequest(Uri Path, string Action, byte[] Envelope);
