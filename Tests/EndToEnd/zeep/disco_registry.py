"""Independent SOAP client check of the Discovery registry: python zeep, as a provider the operator lists as a
registrar, registers service metadata, reads it, replaces it, associates it with the subscriber its token names,
queries and ends the association, and deletes it: every SvcMD operation of the Discovery WSDL, on both ports.

Usage: disco_registry.py BASE_URL   (the registrar's token, naming a subscriber, in GUPSOAP_REGISTRAR_TOKEN)
Exit code 0 when every step behaved; each step prints one line.
"""
import os
import uuid

import zeep

from liberty_client import SB, SBF, check, run, security_header
from lxml import etree

REGISTRAR = "urn:gupsoap:app:zeep"
NULL_BEARER = "urn:liberty:security:2005-02:null:Bearer"


def headers():
    framework = etree.Element(f"{{{SBF}}}Framework", nsmap={"sbf": SBF})
    framework.set("version", "2.0")
    sender = etree.Element(f"{{{SB}}}Sender", nsmap={"sb": SB})
    sender.set("providerID", REGISTRAR)
    return [framework, sender, security_header(os.environ["GUPSOAP_REGISTRAR_TOKEN"])]


def code(answer):
    """The lu:Status code of an answer; zeep hands over an answer made of lu:Status alone as that Status."""
    return answer.code if hasattr(answer, "code") else answer.Status.code


def svc_md(service_type, address, abstract, svc_md_id=None):
    entry = {
        "Abstract": abstract,
        "ProviderID": REGISTRAR,
        "ServiceContext": [{
            "ServiceType": [service_type],
            "EndpointContext": [{"Address": [address], "Framework": [{"version": "2.0"}], "SecurityMechID": [NULL_BEARER]}],
        }],
    }
    if svc_md_id:
        entry["svcMDID"] = svc_md_id
    return entry


def round_trip(base, port):
    disco = zeep.Client(f"{base}/disco?wsdl").bind("DiscoService", port)
    service_type = f"urn:example:zeep:{uuid.uuid4().hex}"

    registered = disco.SvcMDRegister(SvcMD=[svc_md(service_type, "https://zeep.example/a", "zeep test service")], _soapheaders=headers())
    check(registered.Status.code == "OK" and len(registered.SvcMDID) == 1, f"{port} SvcMDRegister", registered.Status)
    svc_md_id = registered.SvcMDID[0]

    queried = disco.SvcMDQuery(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(queried.Status.code == "OK" and queried.SvcMD[0].ServiceContext[0].ServiceType == [service_type], f"{port} SvcMDQuery", queried.Status)

    replaced = disco.SvcMDReplace(SvcMD=[svc_md(service_type, "https://zeep.example/b", "zeep test service, moved", svc_md_id)], _soapheaders=headers())
    check(code(replaced) == "OK", f"{port} SvcMDReplace", replaced)
    moved = disco.SvcMDQuery(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(moved.SvcMD[0].ServiceContext[0].EndpointContext[0].Address == ["https://zeep.example/b"], f"{port} SvcMDReplace took effect", moved.SvcMD)

    added = disco.SvcMDAssociationAdd(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(code(added) == "OK", f"{port} SvcMDAssociationAdd", added)
    associated = disco.SvcMDAssociationQuery(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(associated.Status.code == "OK" and associated.SvcMDID == [svc_md_id], f"{port} SvcMDAssociationQuery", associated.Status)
    ended = disco.SvcMDAssociationDelete(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(code(ended) == "OK", f"{port} SvcMDAssociationDelete", ended)

    deleted = disco.SvcMDDelete(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(code(deleted) == "OK", f"{port} SvcMDDelete", deleted)
    gone = disco.SvcMDQuery(SvcMDID=[svc_md_id], _soapheaders=headers())
    check(not gone.SvcMD, f"{port} the deleted entry is gone", gone.Status)


if __name__ == "__main__":
    run(round_trip, ["DiscoSoap11Port", "DiscoSoap12Port"], "zeep discovery registry passed")
