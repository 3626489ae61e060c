namespace GupSoap.Core.Security;

/// <summary>Liberty ID-WSF Security Mechanisms 2.0 identifiers (PROTOCOL.md "Security mechanisms").</summary>
public static class SecurityMechanisms
{
    public const string TlsBearer = "urn:liberty:security:2005-02:TLS:Bearer";
    public const string NullBearer = "urn:liberty:security:2005-02:null:Bearer";
    public const string ClientTlsBearer = "urn:liberty:security:2005-02:ClientTLS:Bearer";
    public const string TlsSamlV2 = "urn:liberty:security:2006-08:TLS:SAMLV2";
    public const string NullSamlV2 = "urn:liberty:security:2006-08:null:SAMLV2";
    public const string ClientTlsSamlV2 = "urn:liberty:security:2006-08:ClientTLS:SAMLV2";
}
