namespace GupSoap.Contracts;

/// <summary>Every namespace URI on the wire (PROTOCOL.md "Namespaces"), in one place.</summary>
public static class Namespaces
{
    public const string Gup = "urn:3gpp:gup:2006-08";
    public const string Rg = "urn:3gpp:gup:2006-08:rg";
    public const string Rp = "urn:3gpp:gup:2006-08:rp";
    public const string Subscriber = "urn:3gpp:gup:2006-08:subscriber";
    public const string Presence = "urn:3gpp:gup:2006-08:presence";
    public const string Lcs = "urn:3gpp:gup:2006-08:lcs";
    public const string McpttCm = "urn:3gpp:mcptt:cm:1.0";
    public const string McpttUserProfile = "urn:3gpp:mcptt:user-profile:1.0";
    public const string Dst = "urn:liberty:dst:2006-08";
    public const string LibertyUtility = "urn:liberty:util:2006-08";
    public const string SoapBinding = "urn:liberty:sb:2006-08";
    public const string SoapBindingFramework = "urn:liberty:sb";
    public const string Disco = "urn:liberty:disco:2006-08";
    public const string LibertySecurity = "urn:liberty:security:2006-08";
    public const string WsAddressing = "http://www.w3.org/2005/08/addressing";
    public const string WsSecurity = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public const string WsUtility = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public const string Saml2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";
    public const string XmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>SB 2.0 ProcessingContext value asking for a dry run: validate and answer, write nothing.</summary>
    public const string ProcessingContextSimulate = "urn:liberty:sb:2006-08:ProcessingContext:Simulate";
}
