"""Independent SOAP client check: python zeep loads the Rp WSDL from ?wsdl and runs the full Rp round trip.

Usage: rp_roundtrip.py BASE_URL   (e.g. http://127.0.0.1:8080)
Exit code 0 when every step behaved; each step prints one line.
"""
import sys
import uuid

from lxml import etree
import zeep
from zeep.exceptions import Fault

SBF = "urn:liberty:sb"
SB = "urn:liberty:sb:2006-08"
WSA = "http://www.w3.org/2005/08/addressing"
SUB = "urn:3gpp:gup:2006-08:subscriber"
PRES = "urn:3gpp:gup:2006-08:presence"


def liberty_headers(sender="urn:gupsoap:app:zeep"):
    framework = etree.Element(f"{{{SBF}}}Framework", nsmap={"sbf": SBF})
    framework.set("version", "2.0")
    headers = [framework]
    if sender:
        element = etree.Element(f"{{{SB}}}Sender", nsmap={"sb": SB})
        element.set("providerID", sender)
        headers.append(element)
    message_id = etree.Element(f"{{{WSA}}}MessageID", nsmap={"wsa": WSA})
    message_id.text = f"urn:uuid:{uuid.uuid4()}"
    headers.append(message_id)
    return headers


def element(xml):
    return etree.fromstring(xml)


def check(condition, what):
    if not condition:
        print(f"FAIL {what}")
        sys.exit(1)
    print(f"ok {what}")


def round_trip(base, port):
    client = zeep.Client(f"{base}/raf/hss/rp?wsdl")
    service = client.bind("RpService", port)
    resource = f"sip:zeep-{uuid.uuid4().hex}@example.org"
    component_type = etree.QName(SUB, "SubscriberInfo")

    created = service.CreateComponent(
        ResourceID={"_value_1": resource, "type": "sip"},
        ComponentType=component_type,
        NewData={"_value_1": [element(
            f'<s:SubscriberInfo xmlns:s="{SUB}"><s:DisplayName>Zed</s:DisplayName>'
            f'<s:Language>en</s:Language><s:MSISDN>+46700000042</s:MSISDN></s:SubscriberInfo>')]},
        _soapheaders=liberty_headers())
    check(created.Status.code == "OK" and created.Version == 1, f"{port} CreateComponent")

    # zeep cannot declare prefixes for text content: the documented well-known prefixes (sub, gup, ...) apply.
    modified = service.ModifyData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        Modification=[{
            "Select": "/gup:Profile/sub:SubscriberInfo/sub:DisplayName",
            "NewData": {"_value_1": [element(f'<s:DisplayName xmlns:s="{SUB}">Zed Z.</s:DisplayName>')]},
            "overrideAllowed": True,
        }],
        _soapheaders=liberty_headers())
    check(modified.Status.code == "OK" and modified.Version == 2, f"{port} ModifyData")

    unknown = service.ModifyData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        Modification=[{"Select": "/x:SubscriberInfo/x:DisplayName", "overrideAllowed": True}],
        _soapheaders=liberty_headers())
    check(unknown.Status.code == "Failed" and unknown.Status.Status[0].Status[0].code == "InvalidSelect",
          f"{port} ModifyData with an unknown prefix is InvalidSelect")

    read = service.ReadData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        ReadItem=[{"Select": "/", "itemID": "all"}, {"Select": "/sub:SubscriberInfo/sub:MSISDN", "itemID": "msisdn"}],
        _soapheaders=liberty_headers())
    check(read.Status.code == "OK", f"{port} ReadData")
    document = read.Data[0]._value_1[0]
    names = [child.text for child in document.iter(f"{{{SUB}}}DisplayName")]
    check(names == ["Zed Z."], f"{port} ReadData returns the modified component")
    check(read.Data[0].version == 2 and read.Data[1].itemIDRef == "msisdn", f"{port} ReadData carries version and itemIDRef")
    check(read.Data[1]._value_1[0].text == "+46700000042", f"{port} ReadData at depth")

    listed = service.ListData(
        SearchCriteria={"ResourceIDPattern": resource, "ComponentType": [component_type]},
        _soapheaders=liberty_headers())
    check(listed.Status.code == "OK" and listed.ListItem[0].ResourceID._value_1 == resource, f"{port} ListData")
    check(listed.EndOfList is True, f"{port} ListData end of list")

    deleted = service.DeleteComponent(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        _soapheaders=liberty_headers())
    check(deleted.Status.code == "OK", f"{port} DeleteComponent")

    gone = service.ReadData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        ReadItem=[{"Select": "/"}],
        _soapheaders=liberty_headers())
    check(gone.Status.code == "Failed" and gone.Status.Status[0].code == "DataUnavailable", f"{port} deleted component is gone")

    try:
        service.ReadData(
            ResourceID={"_value_1": resource},
            ComponentType=component_type,
            ReadItem=[{"Select": "/"}],
            _soapheaders=liberty_headers(sender=None))
        check(False, f"{port} missing Sender is a fault")
    except Fault as fault:
        check("Sender" in (fault.message or ""), f"{port} missing Sender is a fault")


def main():
    base = sys.argv[1].rstrip("/")
    for port in ("RpSoap11Port", "RpSoap12Port"):
        round_trip(base, port)
    print("zeep round trip passed")


if __name__ == "__main__":
    main()
