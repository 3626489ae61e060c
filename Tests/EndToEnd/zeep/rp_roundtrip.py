"""Independent SOAP client check: python zeep loads the Rp WSDL from ?wsdl and calls every Rp operation.

Usage: rp_roundtrip.py BASE_URL   (e.g. http://127.0.0.1:8080)
Every xs:QName and every Select is written with the well-known prefixes (sub, gup), never declared, as a client
whose toolkit cannot declare prefixes for text content does. Components come back as typed objects (rp.xsd imports
the component schemas), an attribute's value as Data/@value, and NotifyData is not offered as a callable operation.
Exit code 0 when every step behaved; each step prints one line.
"""
import datetime
import uuid

from lxml import etree
import zeep
from zeep.plugins import HistoryPlugin

from liberty_client import PRES, SUB, check, check_missing_sender_fault, content, liberty_headers, run

SENDER = "urn:gupsoap:app:zeep"
XSD = "http://www.w3.org/2001/XMLSchema"
RP = "urn:3gpp:gup:2006-08:rp"


def round_trip(base, port):
    history = HistoryPlugin()
    client = zeep.Client(f"{base}/raf/hss/rp?wsdl", plugins=[history])
    service = client.bind("RpService", port)
    resource = f"sip:zeep-{uuid.uuid4().hex}@example.org"
    component_type = "sub:SubscriberInfo"
    check(not hasattr(service, "NotifyData"), f"{port} NotifyData is a callback, not an operation of the port")

    created = service.CreateComponent(
        ResourceID={"_value_1": resource, "type": "sip"},
        ComponentType=component_type,
        NewData=content(
            f'<s:SubscriberInfo xmlns:s="{SUB}"><s:DisplayName>Zed</s:DisplayName>'
            f'<s:Language>en</s:Language><s:MSISDN>+46700000042</s:MSISDN></s:SubscriberInfo>'),
        _soapheaders=liberty_headers(SENDER))
    check(created.Status.code == "OK" and created.Version == 1, f"{port} CreateComponent with ComponentType sub:SubscriberInfo")

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
    check(not isinstance(document, etree._Element) and document._xsd_type.qname == etree.QName(SUB, "SubscriberInfoType"),
          f"{port} ReadData returns a typed sub:SubscriberInfo", type(document))
    check(document.DisplayName == "Zed Z." and document.MSISDN == ["+46700000042"], f"{port} ReadData returns the modified component", document)
    check(read.Data[0].version == 2 and read.Data[1].itemIDRef == "msisdn", f"{port} ReadData carries version and itemIDRef")
    check(read.Data[1]._value_1[0].text == "+46700000042", f"{port} ReadData at depth")

    nickname = f"Nick{uuid.uuid4().hex[:8]}"
    defined = service.DefineData(
        ComponentType=component_type,
        Definition=[{"Name": f"sub:{nickname}", "Type": etree.QName(XSD, "string"), "Parent": "/sub:SubscriberInfo"}],
        _soapheaders=liberty_headers(SENDER))
    check(defined.Status.code == "OK", f"{port} DefineData with Name sub:{nickname}", defined.Status)

    listed = service.ListData(
        SearchCriteria={"ResourceIDPattern": resource, "ComponentType": [component_type]},
        _soapheaders=liberty_headers(SENDER))
    check(listed.Status.code == "OK" and listed.ListItem[0].ResourceID._value_1 == resource, f"{port} ListData by ComponentType sub:SubscriberInfo")
    check(listed.EndOfList is True, f"{port} ListData end of list")
    check(listed.ListItem[0].ComponentType == ["sub:SubscriberInfo"], f"{port} ListData answers the well-known prefix", listed.ListItem[0].ComponentType)
    list_item = history.last_received["envelope"].find(f".//{{{RP}}}ListItem")
    check(list_item is not None and list_item.nsmap.get("sub") == SUB, f"{port} the answer declares sub on its root")

    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)).replace(microsecond=0)
    subscribed = service.SubscribeToData(
        ResourceID={"_value_1": resource},
        ComponentType=component_type,
        NotifyTo="http://127.0.0.1:1/zeep-rp-callback",
        Select=["/sub:SubscriberInfo/sub:DisplayName"],
        Filter={"expires": expires, "minInterval": 0, "initialValues": False},
        _soapheaders=liberty_headers(SENDER))
    check(subscribed.Status.code == "OK" and subscribed.InvokeID, f"{port} SubscribeToData", subscribed.Status)
    unsubscribed = service.UnsubscribeToData(InvokeID=subscribed.InvokeID, _soapheaders=liberty_headers(SENDER))
    check(unsubscribed.Status.code == "OK", f"{port} UnsubscribeToData", unsubscribed.Status)

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

    attribute_values(base, port)


def attribute_values(base, port):
    """An attribute's value is read from Data/@value and written as NewData/@value: no mixed-content text needed."""
    service = zeep.Client(f"{base}/raf/services/rp?wsdl").bind("RpService", port)
    resource = f"sip:zeep-pres-{uuid.uuid4().hex}@example.org"
    created = service.CreateComponent(
        ResourceID={"_value_1": resource, "type": "sip"},
        ComponentType="pres:PresenceSettings",
        NewData=content(f'<p:PresenceSettings xmlns:p="{PRES}"><p:Status>open</p:Status>'
                        f'<p:Device id="phone"><p:Status>open</p:Status></p:Device></p:PresenceSettings>'),
        _soapheaders=liberty_headers(SENDER))
    check(created.Status.code == "OK", f"{port} CreateComponent with ComponentType pres:PresenceSettings", created.Status)

    select = "/pres:PresenceSettings/pres:Device[1]/@id"
    read = service.ReadData(ResourceID={"_value_1": resource}, ComponentType="pres:PresenceSettings",
                            ReadItem=[{"Select": select}], _soapheaders=liberty_headers(SENDER))
    check(read.Status.code == "OK" and read.Data[0].value == "phone", f"{port} an attribute's value is Data/@value", read.Data)

    renamed = service.ModifyData(ResourceID={"_value_1": resource}, ComponentType="pres:PresenceSettings",
                                 Modification=[{"Select": select, "NewData": {"value": "handset"}, "overrideAllowed": True}],
                                 _soapheaders=liberty_headers(SENDER))
    check(renamed.Status.code == "OK" and renamed.Version == 2, f"{port} NewData/@value writes an attribute", renamed.Status)
    again = service.ReadData(ResourceID={"_value_1": resource}, ComponentType="pres:PresenceSettings",
                             ReadItem=[{"Select": select}], _soapheaders=liberty_headers(SENDER))
    check(again.Data[0].value == "handset", f"{port} the written value reads back", again.Data)
    service.DeleteComponent(ResourceID={"_value_1": resource}, ComponentType="pres:PresenceSettings", _soapheaders=liberty_headers(SENDER))


if __name__ == "__main__":
    run(round_trip, ("RpSoap11Port", "RpSoap12Port"), "zeep round trip passed")
