"""An operator-defined component type through zeep: the Rg WSDL of a deployment whose schema directory holds
parental-control.xsd imports that schema, so zeep reads the type like a built-in one.

Usage: operator_type.py BASE_RG_URL   (e.g. http://127.0.0.1:8080/gup/rg)
On both ports: Create a pc:ParentalControl (objectType with the schema's prefix, undeclared), Query the whole profile
and find it typed (pc:ParentalControlType, MaxMinutesPerDay an int), Modify one element by a data reference with the
well-known prefix, read it back, List by the type, Delete it. Exit code 0 when every step behaved.
"""
import uuid

from lxml import etree

from liberty_client import check, content, liberty_headers, run
from rg_roundtrip import data_elements, profile_of, status_text

import zeep

PC = "urn:example:parental-control"
SENDER = "urn:gupsoap:app:zeep-rg"


def round_trip(base, port):
    service = zeep.Client(f"{base}?wsdl").bind("RgService", port)
    resource = f"sip:zeep-pc-{uuid.uuid4().hex}@example.org"
    created = service.Create(
        ResourceID={"_value_1": resource, "type": "sip"},
        CreateItem=[{"objectType": "pc:ParentalControl", "itemID": "pc", "NewData": content(
            f'<p:ParentalControl xmlns:p="{PC}"><p:Enabled>true</p:Enabled><p:MaxMinutesPerDay>90</p:MaxMinutesPerDay>'
            f'<p:BlockedCategory>gambling</p:BlockedCategory></p:ParentalControl>')}],
        _soapheaders=liberty_headers(SENDER))
    check(created.Status.code == "OK" and created.ItemResult[0].version == 1,
          f"{port} Create of the operator's type with objectType pc:ParentalControl", status_text(created.Status))

    queried = service.Query(ResourceID={"_value_1": resource}, QueryItem=[{"Select": "/", "itemID": "all"}],
                            _soapheaders=liberty_headers(SENDER))
    check(queried.Status.code == "OK", f"{port} Query of the whole profile", status_text(queried.Status))
    profile = profile_of(queried.Data[0])
    check(profile is not None and profile[1] == [f"{{{PC}}}ParentalControlType"],
          f"{port} gup:Profile holds the ParentalControl as an object of its schema's type", profile and profile[1])
    parental = profile[2][0]
    check(parental.Enabled is True and parental.MaxMinutesPerDay == 90 and parental.BlockedCategory == ["gambling"],
          f"{port} its fields come typed (boolean, integer, list)", parental)

    modified = service.Modify(
        ResourceID={"_value_1": resource},
        ModifyItem=[{"Select": "/gup:Profile/pc:ParentalControl/pc:MaxMinutesPerDay", "itemID": "m", "overrideAllowed": True,
                     "NewData": content(f'<p:MaxMinutesPerDay xmlns:p="{PC}">45</p:MaxMinutesPerDay>')}],
        _soapheaders=liberty_headers(SENDER))
    check(modified.Status.code == "OK" and modified.ItemResult[0].version == 2,
          f"{port} Modify by a data reference with the undeclared prefix pc", status_text(modified.Status))
    minutes = service.Query(ResourceID={"_value_1": resource}, QueryItem=[{"Select": "/pc:ParentalControl/pc:MaxMinutesPerDay"}],
                            _soapheaders=liberty_headers(SENDER))
    check([e.text for e in data_elements(minutes.Data[0])] == ["45"] and minutes.Data[0].version == 2,
          f"{port} Query inside the component reads the new value", minutes.Data[0])

    listed = service.List(SearchCriteria={"ResourceIDPattern": resource, "ComponentType": ["pc:ParentalControl"]},
                          _soapheaders=liberty_headers(SENDER))
    check(listed.Status.code == "OK" and listed.ListItem[0].ComponentType == ["pc:ParentalControl"],
          f"{port} List by the type names it with its prefix", status_text(listed.Status))

    deleted = service.Delete(ResourceID={"_value_1": resource}, DeleteItem=[{"objectType": "pc:ParentalControl"}],
                             _soapheaders=liberty_headers(SENDER))
    check(deleted.Status.code == "OK", f"{port} Delete of the component", status_text(deleted.Status))


if __name__ == "__main__":
    run(round_trip, ["RgSoap11Port", "RgSoap12Port"], "zeep operator type passed")
