"""Independent SOAP client check: python zeep loads the Rg WSDL from ?wsdl and runs the full Rg round trip.

Usage: rg_roundtrip.py BASE_RG_URL   (e.g. http://127.0.0.1:8080/gup/rg)
Runs the scenario on both ports (RgSoap11Port, RgSoap12Port): Create two components in one call, Query the whole
profile and inside a component in one request, Modify two components, a partly failing Modify, an attribute read and
written through Data/@value and NewData/@value, List, Subscribe, Unsubscribe, Delete one component, Delete the
profile, Query finds nothing, and a request without sb:Sender is a fault. Every xs:QName (objectType, ComponentType)
and every Select uses the well-known prefixes (sub, pres, gup) undeclared; components come back typed (rg.xsd
imports the component schemas); Notify is a callback, not an operation of the ports.
Exit code 0 when every step behaved; each step prints one line.
"""
import datetime
import uuid

from lxml import etree
import zeep
from zeep.plugins import HistoryPlugin

from liberty_client import GUP, PRES, SUB, check, check_missing_sender_fault, content, liberty_headers, run

RG = "urn:3gpp:gup:2006-08:rg"
SENDER = "urn:gupsoap:app:zeep-rg"


def status_text(status):
    """The lu:Status tree in one line, for failure messages."""
    if status is None:
        return "no status"
    nested = ", ".join(status_text(s) for s in (status.Status or []))
    return f"{status.code}[ref={status.ref} comment={status.comment}]({nested})"


def check_all_items_ok(answer, what, expected):
    """The answer is OK with one ItemResult per request item, in order; expected lists their (itemIDRef, version)."""
    check(answer.Status.code == "OK", what, status_text(answer.Status))
    results = [(r.itemIDRef, r.version, r.Status.code) for r in answer.ItemResult]
    check(results == [(ref, version, "OK") for ref, version in expected],
          f"{what}: one ItemResult per item with its version", results)


def data_elements(data):
    """The content of an rg:Data (mixed, xs:any lax): zeep gives it as _value_1, elements or parsed objects."""
    value = data._value_1
    if value is None:
        return []
    if not isinstance(value, list):
        value = [value]
    return [v for v in value if not isinstance(v, str)]


def profile_of(data):
    """The one gup:Profile of a whole-profile rg:Data, as (resourceID, component tags, components), else None.

    gup.xsd (imported by the WSDL) declares gup:Profile, so zeep parses it into a gup:ProfileType object whose
    _value_1 holds the component documents, each parsed into an object of its type (rg.xsd imports every component
    schema) and named here by that type (sub:SubscriberInfoType, ...).
    """
    found = data_elements(data)
    if len(found) != 1:
        return None
    value = found[0]
    if isinstance(value, etree._Element):
        if value.tag != f"{{{GUP}}}Profile":
            return None
        return value.get("resourceID"), [child.tag for child in value], list(value)
    xsd_type = getattr(value, "_xsd_type", None)
    if xsd_type is None or xsd_type.qname != etree.QName(GUP, "ProfileType"):
        return None
    children = value._value_1 or []
    tags = [child.tag if isinstance(child, etree._Element) else child._xsd_type.qname.text for child in children]
    return value.resourceID, tags, children


def received_qnames(history, path):
    """xs:QName values as sent: zeep hands them over as unresolved 'prefix:local' text, so resolve them here."""
    envelope = history.last_received["envelope"]
    names = []
    for node in envelope.iterfind(path, {"rg": RG}):
        prefix, _, local = node.text.strip().rpartition(":")
        names.append(etree.QName(node.nsmap.get(prefix or None), local))
    return names


def round_trip(base, port):
    history = HistoryPlugin()
    client = zeep.Client(f"{base}?wsdl", plugins=[history])
    service = client.bind("RgService", port)
    resource = f"sip:zeep-rg-{uuid.uuid4().hex}@example.org"
    subscriber_type = etree.QName(SUB, "SubscriberInfo")
    presence_type = etree.QName(PRES, "PresenceSettings")
    check(not hasattr(service, "Notify"), f"{port} Notify is a callback, not an operation of the port")

    created = service.Create(
        ResourceID={"_value_1": resource, "type": "sip"},
        CreateItem=[
            {"objectType": "sub:SubscriberInfo", "itemID": "sub", "NewData": content(
                f'<s:SubscriberInfo xmlns:s="{SUB}"><s:DisplayName>Zed</s:DisplayName>'
                f'<s:Language>en</s:Language><s:MSISDN>+46700000042</s:MSISDN></s:SubscriberInfo>')},
            {"objectType": "pres:PresenceSettings", "itemID": "pres", "NewData": content(
                f'<p:PresenceSettings xmlns:p="{PRES}"><p:Status>open</p:Status>'
                f'<p:Device id="phone"><p:Status>open</p:Status></p:Device></p:PresenceSettings>')},
        ],
        _soapheaders=liberty_headers(SENDER))
    check_all_items_ok(created, f"{port} Create of two components, objectType with undeclared sub: and pres:", [("sub", 1), ("pres", 1)])

    # zeep cannot declare prefixes for text content: the documented well-known prefixes (gup, sub, pres) apply.
    # The item inside PresenceSettings must not move that component to the front of the other item's gup:Profile.
    queried = service.Query(
        ResourceID={"_value_1": resource},
        QueryItem=[{"Select": "/", "itemID": "all"}, {"Select": "/pres:PresenceSettings/pres:Status", "itemID": "status"}],
        _soapheaders=liberty_headers(SENDER))
    check(queried.Status.code == "OK" and len(queried.Data) == 2, f"{port} Query", status_text(queried.Status))
    profile = profile_of(queried.Data[0])
    check(queried.Data[0].itemIDRef == "all" and profile is not None, f"{port} Query '/' answers one gup:Profile", queried.Data[0])
    check(profile[0] == resource, f"{port} gup:Profile names the resource", profile[0])
    check(profile[1] == [f"{{{SUB}}}SubscriberInfoType", f"{{{PRES}}}PresenceSettingsType"],
          f"{port} gup:Profile holds SubscriberInfo then PresenceSettings", profile[1])
    subscriber, presence = profile[2]
    check(not isinstance(subscriber, etree._Element) and subscriber.DisplayName == "Zed" and subscriber.MSISDN == ["+46700000042"],
          f"{port} gup:Profile holds the created SubscriberInfo as a typed object", subscriber)
    check(presence.Status == "open" and presence.Device[0].id == "phone", f"{port} and PresenceSettings as a typed object", presence)
    status = queried.Data[1]
    status_texts = [e.text for e in data_elements(status)]
    check(status.itemIDRef == "status" and status_texts == ["open"], f"{port} Query inside a component", status_texts)
    check(status.version == 1 and status.changeTime is not None, f"{port} component data carries version and changeTime")

    modified = service.Modify(
        ResourceID={"_value_1": resource},
        ModifyItem=[
            {"Select": "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "itemID": "name", "overrideAllowed": True,
             "NewData": content(f'<s:DisplayName xmlns:s="{SUB}">Zed Z.</s:DisplayName>')},
            {"Select": "/pres:PresenceSettings/pres:Status", "itemID": "status", "overrideAllowed": True,
             "NewData": content(f'<p:Status xmlns:p="{PRES}">closed</p:Status>')},
        ],
        _soapheaders=liberty_headers(SENDER))
    check_all_items_ok(modified, f"{port} Modify of two components", [("name", 2), ("status", 2)])

    # DisplayName may occur once: inserting a second one fails; the Note on the other component is applied.
    partial = service.Modify(
        ResourceID={"_value_1": resource},
        ModifyItem=[
            {"Select": "/sub:SubscriberInfo/sub:DisplayName", "itemID": "second-name",
             "NewData": content(f'<s:DisplayName xmlns:s="{SUB}">Someone else</s:DisplayName>')},
            {"Select": "/pres:PresenceSettings/pres:Note", "itemID": "note",
             "NewData": content(f'<p:Note xmlns:p="{PRES}">In a meeting</p:Note>')},
        ],
        _soapheaders=liberty_headers(SENDER))
    check(partial.Status.code == "Partial", f"{port} Modify with one failing item is Partial", status_text(partial.Status))
    failed = partial.Status.Status
    check(len(failed) == 1 and failed[0].ref == "second-name" and failed[0].code == "InvalidParameter"
          and failed[0].Status[0].code == "ExistsAlready",
          f"{port} Partial names the failed item with ExistsAlready", status_text(partial.Status))
    results = partial.ItemResult
    check(results[0].itemIDRef == "second-name" and results[0].Status.code == "Failed" and results[0].version is None,
          f"{port} failed item has its own status and no version")
    check(results[1].itemIDRef == "note" and results[1].Status.code == "OK" and results[1].version == 3,
          f"{port} succeeded item has version 3")

    after = service.Query(
        ResourceID={"_value_1": resource},
        QueryItem=[{"Select": "/sub:SubscriberInfo/sub:DisplayName"}, {"Select": "/pres:PresenceSettings/pres:Note"}],
        _soapheaders=liberty_headers(SENDER))
    check(after.Status.code == "OK"
          and [e.text for e in data_elements(after.Data[0])] == ["Zed Z."] and after.Data[0].version == 2
          and [e.text for e in data_elements(after.Data[1])] == ["In a meeting"] and after.Data[1].version == 3,
          f"{port} Query after Partial: failed item changed nothing, the other was applied", status_text(after.Status))

    device = "/pres:PresenceSettings/pres:Device[1]/@id"
    renamed = service.Modify(
        ResourceID={"_value_1": resource},
        ModifyItem=[{"Select": device, "itemID": "device", "overrideAllowed": True, "NewData": {"value": "handset"}}],
        _soapheaders=liberty_headers(SENDER))
    check_all_items_ok(renamed, f"{port} Modify of an attribute through NewData/@value", [("device", 4)])
    attribute = service.Query(ResourceID={"_value_1": resource}, QueryItem=[{"Select": device, "itemID": "device"}],
                              _soapheaders=liberty_headers(SENDER))
    check(attribute.Status.code == "OK" and attribute.Data[0].value == "handset",
          f"{port} Query of an attribute answers Data/@value", attribute.Data)

    pattern = resource.split("@")[0] + "@*"
    listed = service.List(SearchCriteria={"ResourceIDPattern": pattern, "ComponentType": ["sub:SubscriberInfo", "pres:PresenceSettings"]},
                          count=10, _soapheaders=liberty_headers(SENDER))
    check(listed.Status.code == "OK" and len(listed.ListItem) == 1 and listed.ListItem[0].ResourceID._value_1 == resource,
          f"{port} List by pattern", status_text(listed.Status))
    listed_types = received_qnames(history, ".//rg:ListItem/rg:ComponentType")
    check(listed_types == [subscriber_type, presence_type], f"{port} List names both component types", listed_types)
    check(listed.ListItem[0].ComponentType == ["sub:SubscriberInfo", "pres:PresenceSettings"],
          f"{port} List writes them with the well-known prefixes", listed.ListItem[0].ComponentType)
    check(listed.EndOfList is True and listed.nextOffset is None, f"{port} List end of list")

    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)).replace(microsecond=0)
    subscribed = service.Subscribe(
        ResourceID={"_value_1": resource, "type": "sip"},
        NotifyTo="http://127.0.0.1:1/zeep-callback",
        Select=["/gup:Profile/pres:PresenceSettings/pres:Status"],
        ListSubscriptions=True,
        Filter={"expires": expires, "minInterval": 0, "initialValues": False},
        _soapheaders=liberty_headers(SENDER))
    check(subscribed.Status.code == "OK" and subscribed.InvokeID, f"{port} Subscribe answers an InvokeID", status_text(subscribed.Status))
    unsubscribed = service.Unsubscribe(InvokeID=subscribed.InvokeID, _soapheaders=liberty_headers(SENDER))
    check(unsubscribed.Status.code == "OK", f"{port} Unsubscribe of all the application's subscriptions", status_text(unsubscribed.Status))
    again = service.Unsubscribe(InvokeID=subscribed.InvokeID[:1], _soapheaders=liberty_headers(SENDER))
    check(again.Status.code == "Failed" and again.Status.Status[0].code == "DataUnavailable",
          f"{port} Unsubscribe of an ended subscription fails", status_text(again.Status))

    deleted_one = service.Delete(
        ResourceID={"_value_1": resource},
        DeleteItem=[{"objectType": "pres:PresenceSettings"}],
        _soapheaders=liberty_headers(SENDER))
    check(deleted_one.Status.code == "OK", f"{port} Delete of one component", status_text(deleted_one.Status))

    remaining = service.Query(
        ResourceID={"_value_1": resource}, QueryItem=[{"Select": "/gup:Profile"}], _soapheaders=liberty_headers(SENDER))
    check(remaining.Status.code == "OK", f"{port} Query after Delete of one component", status_text(remaining.Status))
    kept = profile_of(remaining.Data[0])
    check(kept is not None and kept[1] == [f"{{{SUB}}}SubscriberInfoType"], f"{port} profile keeps only SubscriberInfo", kept)

    deleted_all = service.Delete(ResourceID={"_value_1": resource}, _soapheaders=liberty_headers(SENDER))
    check(deleted_all.Status.code == "OK", f"{port} Delete of the whole profile", status_text(deleted_all.Status))

    gone = service.Query(ResourceID={"_value_1": resource}, QueryItem=[{"Select": "/"}], _soapheaders=liberty_headers(SENDER))
    check(gone.Status.code == "Failed" and gone.Status.Status[0].code == "DataUnavailable"
          and gone.Status.Status[0].Status[0].code == "DoesNotExist" and not gone.Data,
          f"{port} deleted profile is gone", status_text(gone.Status))

    check_missing_sender_fault(
        lambda: service.Query(
            ResourceID={"_value_1": resource}, QueryItem=[{"Select": "/"}], _soapheaders=liberty_headers(None)),
        f"{port} missing Sender is a fault")


if __name__ == "__main__":
    run(round_trip, ("RgSoap11Port", "RgSoap12Port"), "zeep rg round trip passed")
