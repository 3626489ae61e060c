"""Independent schema check with python xmlschema (Debian python3-xmlschema): loads every WSDL by URL, resolving its
schemas the way any client does (path-style, beside the endpoint), and validates live answers against them.

Usage: xmlschema_wsdls.py BASE_URL   (the test application's token in GUPSOAP_TOKEN_ZEEP)
xmlschema 1.10 knows SOAP 1.1 bindings only, so the documents are loaded in lax mode, which leaves the SOAP 1.2
bindings without their soap:binding details; the schemas, port types, messages and services are checked in full.
Exit code 0 when every step behaved; each step prints one line.
"""
import datetime
import os
import sys
import uuid

import requests
from lxml import etree
from xmlschema.extras.wsdl import Wsdl11Document

from liberty_client import PRES, SUB, check

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
RG = "urn:3gpp:gup:2006-08:rg"
RP = "urn:3gpp:gup:2006-08:rp"
WSDLS = {
    "gup/rg": (RG, "Rg", True),
    "raf/hss/rp": (RP, "Rp", True),
    "raf/services/rp": (RP, "Rp", True),
    "disco": ("urn:liberty:disco:2006-08", "Disco", False),
    "mcptt/cm": ("urn:3gpp:mcptt:cm:1.0", "McpttCm", True),
}


def load(base, endpoint):
    namespace, name, has_callbacks = WSDLS[endpoint]
    document = Wsdl11Document(f"{base}/{endpoint}?wsdl", validation="lax")
    elements = document.schema.maps.elements
    port_types = sorted(document.maps.port_types)
    expected = [f"{{{namespace}}}{name}PortType"] + ([f"{{{namespace}}}{name}CallbackPortType"] if has_callbacks else [])
    check(port_types == sorted(expected), f"{endpoint} port types", port_types)
    service = document.maps.services[f"{{{namespace}}}{name}Service"]
    check(sorted(service.ports) == [f"{name}Soap11Port", f"{name}Soap12Port"], f"{endpoint} service ports", list(service.ports))
    for port_type in document.maps.port_types.values():
        for operation in port_type.operations.values():
            for message in (operation.input, operation.output):
                for part in message.message.parts.values():
                    check(part is not None and part.name in elements, f"{endpoint} {operation.name} message element is declared")
    if endpoint != "disco":
        typed = [t for t in (f"{{{SUB}}}SubscriberInfo", f"{{{PRES}}}PresenceSettings") if t in elements]
        check(endpoint == "mcptt/cm" or len(typed) == 2, f"{endpoint} the component types are declared", typed)
    return document


def envelope(body):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (f'<s:Envelope xmlns:s="{SOAP11}"><s:Header><sbf:Framework xmlns:sbf="urn:liberty:sb" version="2.0"/>'
            f'<sb:Sender xmlns:sb="urn:liberty:sb:2006-08" providerID="urn:gupsoap:app:zeep"/>'
            f'<wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:uuid:{uuid.uuid4()}</wsa:MessageID>'
            f'<wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
            f'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"><wsu:Timestamp>'
            f'<wsu:Created>{now}</wsu:Created></wsu:Timestamp>{os.environ["GUPSOAP_TOKEN_ZEEP"]}</wsse:Security></s:Header>'
            f'<s:Body>{body}</s:Body></s:Envelope>')


def answer_is_valid(base, endpoint, document, action, body, what):
    """POSTs body (prefixes sub:, pres:, gup: left undeclared in its text) and validates the answer's body element."""
    response = requests.post(f"{base}/{endpoint}", data=envelope(body).encode(),
                             headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{action}"'})
    answer = etree.fromstring(response.content).find(f"{{{SOAP11}}}Body")[0]
    errors = [str(e) for e in document.schema.iter_errors(answer)]
    check(response.status_code == 200 and not errors, what, errors[:1] or response.status_code)
    return answer


def main():
    base = sys.argv[1].rstrip("/")
    documents = {endpoint: load(base, endpoint) for endpoint in WSDLS}

    rg = documents["gup/rg"]
    resource = f"sip:xmlschema-{uuid.uuid4().hex}@example.org"
    addressed = f'<gup:ResourceID xmlns:gup="urn:3gpp:gup:2006-08">{resource}</gup:ResourceID>'
    created = answer_is_valid(base, "gup/rg", rg, f"{RG}:Create",
        f'<rg:Create xmlns:rg="{RG}">{addressed}'
        f'<rg:CreateItem objectType="sub:SubscriberInfo"><rg:NewData><s:SubscriberInfo xmlns:s="{SUB}"><s:DisplayName>X</s:DisplayName><s:Language>en</s:Language></s:SubscriberInfo></rg:NewData></rg:CreateItem>'
        f'<rg:CreateItem objectType="pres:PresenceSettings"><rg:NewData><p:PresenceSettings xmlns:p="{PRES}"><p:Status>open</p:Status><p:Device id="phone"><p:Status>open</p:Status></p:Device></p:PresenceSettings></rg:NewData></rg:CreateItem></rg:Create>',
        "Rg CreateResponse validates")
    check(created.find(f".//{{urn:liberty:util:2006-08}}Status").get("code") == "OK", "Rg Create with undeclared sub: and pres: is OK")
    answer_is_valid(base, "gup/rg", rg, f"{RG}:Query",
        f'<rg:Query xmlns:rg="{RG}">{addressed}<rg:QueryItem itemID="all"><rg:Select>/</rg:Select></rg:QueryItem>'
        f'<rg:QueryItem itemID="id"><rg:Select>/pres:PresenceSettings/pres:Device[1]/@id</rg:Select></rg:QueryItem></rg:Query>',
        "Rg QueryResponse (typed components, Data/@value) validates")
    answer_is_valid(base, "gup/rg", rg, f"{RG}:List",
        f'<rg:List xmlns:rg="{RG}"><rg:SearchCriteria><rg:ResourceIDPattern>{resource}</rg:ResourceIDPattern>'
        f'<rg:ComponentType>sub:SubscriberInfo</rg:ComponentType></rg:SearchCriteria></rg:List>',
        "Rg ListResponse (QNames with well-known prefixes) validates")
    answer_is_valid(base, "raf/services/rp", documents["raf/services/rp"], f"{RP}:ReadData",
        f'<rp:ReadData xmlns:rp="{RP}">{addressed}<rp:ComponentType>pres:PresenceSettings</rp:ComponentType>'
        f'<rp:ReadItem><rp:Select>/pres:PresenceSettings/pres:Device[1]/@id</rp:Select></rp:ReadItem></rp:ReadData>',
        "Rp ReadDataResponse (Data/@value) validates")
    print("xmlschema check passed")


if __name__ == "__main__":
    main()
