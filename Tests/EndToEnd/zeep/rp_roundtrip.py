"""Independent SOAP client check: python zeep loads the Rp WSDL from ?wsdl and runs the full Rp round trip.

Usage: rp_roundtrip.py BASE_URL   (e.g. http://127.0.0.1:8080)
Exit code 0 when every step behaved; each step prints one line.
"""
import uuid

from lxml import etree
import zeep

from liberty_client import SUB, check, check_missing_sender_fault, content, liberty_headers, run

SENDER = "urn:gupsoap:app:zeep"


def round_trip(base, port):
    client = zeep.Client(f"{base}/raf/hss/rp?wsdl")
    service = client.bind("RpService", port)
    resource = f"sip:zeep-{uuid.uuid4().hex}@example.org"
    component_type = etree.QName(SUB, "SubscriberInfo")

    created = service.CreateComponent(
        ResourceID={"_value_1": resource, "type": "sip"},
        ComponentType=component_type,
        NewData=content(
            f'<s:SubscriberInfo xmlns:s="{SUB}"><s:DisplayName>Zed</s:DisplayName>'
            f'<s:Language>en</s:Language><s:MSISDN>+46700000042</s:MSISDN></s:SubscriberInfo>'),
        _soapheaders=liberty_headers(SENDER))
    check(created.Status.code == "OK" and created.Version == 1, f"{port} CreateComponent")

    # zeep cannot declare prefixes for text content: the documented well-known prefixes (sub, gup, ...) apply.
    modified = service.ModifyData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        Modification=[{
            "Select": "/gup:Profile/sub:SubscriberInfo/sub:DisplayName",
            "NewData": content(f'<s:DisplayName xmlns:s="{SUB}">Zed Z.</s:DisplayName>'),
            "overrideAllowed": True,
        }],
        _soapheaders=liberty_headers(SENDER))
    check(modified.Status.code == "OK" and modified.Version == 2, f"{port} ModifyData")

    unknown = service.ModifyData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        Modification=[{"Select": "/x:SubscriberInfo/x:DisplayName", "overrideAllowed": True}],
        _soapheaders=liberty_headers(SENDER))
    check(unknown.Status.code == "Failed" and unknown.Status.Status[0].Status[0].code == "InvalidSelect",
          f"{port} ModifyData with an unknown prefix is InvalidSelect")

    read = service.ReadData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        ReadItem=[{"Select": "/", "itemID": "all"}, {"Select": "/sub:SubscriberInfo/sub:MSISDN", "itemID": "msisdn"}],
        _soapheaders=liberty_headers(SENDER))
    check(read.Status.code == "OK", f"{port} ReadData")
    document = read.Data[0]._value_1[0]
    names = [child.text for child in document.iter(f"{{{SUB}}}DisplayName")]
    check(names == ["Zed Z."], f"{port} ReadData returns the modified component")
    check(read.Data[0].version == 2 and read.Data[1].itemIDRef == "msisdn", f"{port} ReadData carries version and itemIDRef")
    check(read.Data[1]._value_1[0].text == "+46700000042", f"{port} ReadData at depth")

    listed = service.ListData(
        SearchCriteria={"ResourceIDPattern": resource, "ComponentType": [component_type]},
        _soapheaders=liberty_headers(SENDER))
    check(listed.Status.code == "OK" and listed.ListItem[0].ResourceID._value_1 == resource, f"{port} ListData")
    check(listed.EndOfList is True, f"{port} ListData end of list")

    deleted = service.DeleteComponent(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        _soapheaders=liberty_headers(SENDER))
    check(deleted.Status.code == "OK", f"{port} DeleteComponent")

    gone = service.ReadData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        ReadItem=[{"Select": "/"}],
        _soapheaders=liberty_headers(SENDER))
    check(gone.Status.code == "Failed" and gone.Status.Status[0].code == "DataUnavailable", f"{port} deleted component is gone")

    check_missing_sender_fault(
        lambda: service.ReadData(
            ResourceID={"_value_1": resource},
            ComponentType=component_type,
            ReadItem=[{"Select": "/"}],
            _soapheaders=liberty_headers(None)),
        f"{port} missing Sender is a fault")


if __name__ == "__main__":
    run(round_trip, ("RpSoap11Port", "RpSoap12Port"), "zeep round trip passed")
