namespace GupSoap.Bench;

/// <summary>One encoded Rp request: its SOAPAction and the envelope bytes.</summary>
internal sealed record RpRequest(string Action, byte[] Envelope);
