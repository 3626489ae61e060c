"""Independent SOAP client check of redirect mode: zeep asks the GUP Server (Rg WSDL) for alice's presence, saying it
prefers a redirect; the server answers Redirected with the RAF's Rp address and a one-time assertion; zeep then loads
that RAF's WSDL, reads the data there with the assertion, and a second use of the same assertion is refused.

Usage: redirect_flow.py BASE_RG_URL   (the server must run with Gup:Redirect:Mode=WhenSupported)
Exit code 0 when every step behaved; each step prints one line.
"""
import datetime

from lxml import etree
import zeep
from zeep.exceptions import Fault
from zeep.plugins import HistoryPlugin

from liberty_client import GUP, PRES, SB, SBF, check, liberty_headers, run, security_header

SENDER = "urn:gupsoap:app:zeep-rg"
ALICE = "sip:alice@example.org"


def headers_with(assertion):
    """Liberty headers of SENDER carrying the redirect assertion instead of its own token."""
    framework = etree.Element(f"{{{SBF}}}Framework", nsmap={"sbf": SBF})
    framework.set("version", "2.0")
    sender = etree.Element(f"{{{SB}}}Sender", nsmap={"sb": SB})
    sender.set("providerID", SENDER)
    return [framework, sender, security_header(etree.tostring(assertion))]


def redirects_in(history):
    """(address, component types, assertion element) per gup:Redirect of the last answer, read from the raw envelope
    so the signed assertion is passed on exactly as received."""
    envelope = history.last_received["envelope"]
    found = []
    for redirect in envelope.iterfind(f".//{{{GUP}}}Redirect"):
        address = redirect.findtext(f"{{{GUP}}}Address").strip()
        types = [node.text.strip() for node in redirect.iterfind(f"{{{GUP}}}ComponentType")]
        assertion = next(iter(redirect.find(f"{{{GUP}}}Assertion")))
        found.append((address, types, assertion))
    return found


def redirect_flow(base, port):
    history = HistoryPlugin()
    rg = zeep.Client(f"{base}?wsdl", plugins=[history]).bind("RgService", port)
    answer = rg.Query(
        ResourceID={"_value_1": ALICE, "type": "sip"},
        RequestorData={"RedirectionIndication": "Preferred"},
        QueryItem=[{"Select": "/pres:PresenceSettings", "itemID": "presence"}],
        _soapheaders=liberty_headers(SENDER))
    check(answer.Status.code == "Redirected", f"{port} Query with RedirectionIndication=Preferred is Redirected", answer.Status.code)
    redirects = redirects_in(history)
    check(len(redirects) == 1 and redirects[0][0].endswith("/raf/services/rp"), f"{port} one gup:Redirect to the services RAF", redirects)
    address, types, assertion = redirects[0]
    check(types == ["pres:PresenceSettings"], f"{port} the redirect names pres:PresenceSettings, the well-known prefix", types)

    rp = zeep.Client(f"{address}?wsdl").bind("RpService", port.replace("Rg", "Rp"))
    read = rp.ReadData(
        ResourceID={"_value_1": ALICE},
        ComponentType="pres:PresenceSettings",
        ReadItem=[{"Select": "/", "itemID": "all"}],
        _soapheaders=headers_with(assertion))
    check(read.Status.code == "OK", f"{port} ReadData at the RAF with the redirect assertion", read.Status.code)
    presence = read.Data[0]._value_1[0]
    check(not isinstance(presence, etree._Element) and presence.Status in ("open", "closed"),
          f"{port} the RAF returns alice's presence as a typed object", presence)

    try:
        rp.ReadData(
            ResourceID={"_value_1": ALICE},
            ComponentType=etree.QName(PRES, "PresenceSettings"),
            ReadItem=[{"Select": "/", "itemID": "again"}],
            _soapheaders=headers_with(assertion))
        check(False, f"{port} a second use of the one-time assertion is refused")
    except Fault as fault:
        check("replay" in (fault.message or "").lower() or "used" in (fault.message or "").lower(),
              f"{port} a second use of the one-time assertion is refused", fault.message)


if __name__ == "__main__":
    run(redirect_flow, ["RgSoap11Port", "RgSoap12Port"], "zeep redirect flow passed")
