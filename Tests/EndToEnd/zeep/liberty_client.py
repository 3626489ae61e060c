"""What the zeep round-trip scripts (rp_roundtrip.py, rg_roundtrip.py) share: namespaces, the Liberty SOAP headers,
literal XML content, the one-line-per-step checks and the main that runs a round trip on each port.

The scripts run as `python3 <script> BASE_URL`, so their own directory, where this module lies, is on sys.path.
"""
import datetime
import os
import sys

from lxml import etree
from zeep.exceptions import Fault

SBF = "urn:liberty:sb"
SB = "urn:liberty:sb:2006-08"
WSA = "http://www.w3.org/2005/08/addressing"
GUP = "urn:3gpp:gup:2006-08"
SUB = "urn:3gpp:gup:2006-08:subscriber"
PRES = "urn:3gpp:gup:2006-08:presence"
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"


def liberty_headers(sender):
    """sbf:Framework, sb:Sender (left out when sender is None) and wsse:Security (a fresh wsu:Timestamp and the
    sender's SAML token, which the test harness passes in GUPSOAP_TOKEN_<LAST URN PART>). No wsa:MessageID: every
    operation of our WSDLs declares its wsam:Action, so zeep adds wsa:Action, a fresh wsa:MessageID and wsa:To itself."""
    framework = etree.Element(f"{{{SBF}}}Framework", nsmap={"sbf": SBF})
    framework.set("version", "2.0")
    headers = [framework]
    if sender:
        element = etree.Element(f"{{{SB}}}Sender", nsmap={"sb": SB})
        element.set("providerID", sender)
        headers.append(element)
    if sender:
        headers.append(security_header(os.environ.get("GUPSOAP_TOKEN_" + sender.rsplit(":", 1)[-1].upper().replace("-", "_"))))
    return headers


def security_header(token):
    security = etree.Element(f"{{{WSSE}}}Security", nsmap={"wsse": WSSE, "wsu": WSU})
    timestamp = etree.SubElement(security, f"{{{WSU}}}Timestamp")
    created = etree.SubElement(timestamp, f"{{{WSU}}}Created")
    created.text = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if token:
        security.append(etree.fromstring(token))
    return security


def element(xml):
    return etree.fromstring(xml)


def content(xml):
    """An xs:any content holder (NewData) with the one element written in xml."""
    return {"_value_1": [element(xml)]}


def check(condition, what, detail=None):
    """Prints 'ok <what>', or 'FAIL <what>: <detail>' and exits with 1."""
    if not condition:
        print(f"FAIL {what}" + (f": {detail}" if detail is not None else ""))
        sys.exit(1)
    print(f"ok {what}")


def check_missing_sender_fault(call, what):
    """call sends a request without sb:Sender: it must be answered by a SOAP fault about the Sender."""
    try:
        call()
        check(False, what)
    except Fault as fault:
        check("Sender" in (fault.message or ""), what, fault.message)


def run(round_trip, ports, passed):
    """The scripts' main: round_trip(BASE_URL, port) on each port, then print passed; exit code 0 when all behaved."""
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} BASE_URL")
        sys.exit(2)
    base = sys.argv[1].rstrip("/")
    for port in ports:
        round_trip(base, port)
    print(passed)
