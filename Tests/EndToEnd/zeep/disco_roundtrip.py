"""Independent SOAP client check of Liberty discovery: python zeep loads the Discovery WSDL from /disco?wsdl, asks
for the GUP Server (service type urn:3gpp:gup:2006-08:rg), takes the SAML assertion out of the endpoint reference it
answers, and calls Rg Query on alice through the Rg WSDL at the discovered address with that assertion as its token.

Usage: disco_roundtrip.py BASE_URL   (e.g. http://127.0.0.1:8080)
Runs on both ports (DiscoSoap11Port with RgSoap11Binding, DiscoSoap12Port with RgSoap12Binding). Exit code 0 when
every step behaved; each step prints one line.
"""
from lxml import etree
import requests
import zeep
from zeep.transports import Transport

from liberty_client import SB, check, liberty_headers, run, security_header

DISCO = "urn:liberty:disco:2006-08"
SEC = "urn:liberty:security:2006-08"
SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion"
RG = "urn:3gpp:gup:2006-08:rg"
SUB = "urn:3gpp:gup:2006-08:subscriber"
SENDER = "urn:gupsoap:app:zeep"
ALICE = "sip:alice@example.org"


def transport():
    session = requests.Session()
    session.trust_env = False
    return Transport(session=session)


def assertion_in(value):
    """The saml2:Assertion inside an EPR's wsa:Metadata, whether zeep parsed the lax content into objects or not."""
    if isinstance(value, etree._Element):
        found = value.find(f".//{{{SEC}}}Token/{{{SAML2}}}Assertion")
        return found if found is not None or value.tag != f"{{{SAML2}}}Assertion" else value
    if isinstance(value, (list, tuple)):
        for item in value:
            found = assertion_in(item)
            if found is not None:
                return found
        return None
    if hasattr(value, "__values__"):
        for item in value.__values__.values():
            found = assertion_in(item)
            if found is not None:
                return found
    return None


def metadata_text(metadata, local):
    """A disco:<local> child of wsa:Metadata (lax content: an lxml element or a parsed value)."""
    for item in metadata._value_1 or []:
        if isinstance(item, etree._Element):
            if item.tag == f"{{{DISCO}}}{local}":
                return item.text
        elif getattr(item, "tag", None) == local or type(item).__name__ == local:
            return str(item)
    return None


def headers_with(token):
    """sbf:Framework, sb:Sender = us and wsse:Security carrying the discovered token."""
    headers = liberty_headers(None)
    sender = etree.Element(f"{{{SB}}}Sender", nsmap={"sb": SB})
    sender.set("providerID", SENDER)
    headers.append(sender)
    headers.append(security_header(etree.tostring(token)))
    return headers


def round_trip(base, port):
    version = "Soap11" if port.endswith("Soap11Port") else "Soap12"
    disco = zeep.Client(f"{base}/disco?wsdl", transport=transport()).bind("DiscoService", port)
    found = disco.Query(RequestedService=[{"ServiceType": [RG]}], _soapheaders=liberty_headers(SENDER))
    check(found.Status.code == "OK", f"{port} Query for the GUP Server", found.Status.code)
    check(len(found.EndpointReference) == 1, f"{port} one endpoint reference", len(found.EndpointReference))
    epr = found.EndpointReference[0]
    check(epr.Address.endswith("/gup/rg"), f"{port} EPR address is the Rg endpoint", epr.Address)
    token = assertion_in(epr.Metadata)
    check(token is not None, f"{port} EPR carries a SAML assertion in sec:Token", epr.Metadata)
    audience = token.findtext(f".//{{{SAML2}}}Audience")
    check(audience == "urn:gupsoap:gup-server", f"{port} the assertion is for the GUP Server", audience)

    rg_client = zeep.Client(f"{epr.Address}?wsdl", transport=transport())
    rg = rg_client.create_service(f"{{{RG}}}Rg{version}Binding", epr.Address)
    answer = rg.Query(
        ResourceID={"_value_1": ALICE},
        QueryItem=[{"Select": "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "itemID": "name"}],
        _soapheaders=headers_with(token))
    check(answer.Status.code == "OK", f"{port} Rg Query with the discovered token", answer.Status.code)
    names = [e.text for e in (answer.Data[0]._value_1 or []) if isinstance(e, etree._Element) and e.tag == f"{{{SUB}}}DisplayName"]
    check(names == ["Alice"], f"{port} Rg answers alice's DisplayName", names)


if __name__ == "__main__":
    run(round_trip, ["DiscoSoap11Port", "DiscoSoap12Port"], "zeep discovery round trip passed")
