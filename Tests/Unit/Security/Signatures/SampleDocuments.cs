namespace GupSoap.Tests.Unit.Security.Signatures;

/// <summary>Unsigned SAML-shaped documents in the layouts a verifier meets: compact, pretty-printed, nested under ancestors.</summary>
internal static class SampleDocuments
{
    public const string Id = "_a1b2c3";

    public const string Compact =
        "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1b2c3\" Version=\"2.0\" IssueInstant=\"2026-01-01T00:00:00Z\">"
        + "<saml2:Issuer>urn:test:issuer</saml2:Issuer><saml2:Subject><saml2:NameID>alice@example.org</saml2:NameID></saml2:Subject>"
        + "<saml2:Conditions NotBefore=\"2026-01-01T00:00:00Z\" NotOnOrAfter=\"2026-01-01T00:05:00Z\"><saml2:AudienceRestriction>"
        + "<saml2:Audience>urn:test:rp</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions></saml2:Assertion>";

    public const string Pretty = """
        <saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a1b2c3" Version="2.0" IssueInstant="2026-01-01T00:00:00Z">
            <saml2:Issuer>urn:test:issuer</saml2:Issuer>
            <saml2:Subject>
                <saml2:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">alice@example.org</saml2:NameID>
            </saml2:Subject>
            <saml2:Conditions NotBefore="2026-01-01T00:00:00Z" NotOnOrAfter="2026-01-01T00:05:00Z">
                <saml2:AudienceRestriction>
                    <saml2:Audience>urn:test:rp</saml2:Audience>
                </saml2:AudienceRestriction>
            </saml2:Conditions>
        </saml2:Assertion>
        """;

    /// <summary>
    /// The assertion's prefixes are declared on ancestors only; <c>xs</c> is used only inside an attribute value, so
    /// it is rendered only when an InclusiveNamespaces PrefixList names it.
    /// </summary>
    public const string UnderAncestors = """
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:test:default">
          <s:Header>
            <Security>
              <saml2:Assertion ID="_a1b2c3" Version="2.0" IssueInstant="2026-01-01T00:00:00Z">
                <saml2:Issuer>urn:test:issuer</saml2:Issuer>
                <saml2:Subject><saml2:NameID>alice@example.org</saml2:NameID></saml2:Subject>
                <saml2:AttributeStatement>
                  <saml2:Attribute Name="urn:test:a"><saml2:AttributeValue xsi:type="xs:string">v</saml2:AttributeValue></saml2:Attribute>
                </saml2:AttributeStatement>
              </saml2:Assertion>
            </Security>
          </s:Header>
          <s:Body/>
        </s:Envelope>
        """;
}
