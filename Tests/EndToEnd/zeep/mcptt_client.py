"""What the MCPTT configuration management zeep scripts share: a zeep client on the CM WSDL (environment proxies
ignored), Liberty headers for a user's device, and status text for failure messages.

Tokens come from the test harness in MCPTT_TOKENS: a JSON object mapping each MCPTT ID to a SAML token issued to the
device provider urn:gupsoap:app:mcptt-ue that names that MCPTT ID as subscriber.
"""
import json
import os

import requests
import zeep
from lxml import etree
from zeep.plugins import HistoryPlugin
from zeep.transports import Transport

from liberty_client import SB, SBF, security_header

CM = "urn:3gpp:mcptt:cm:1.0"
UP = "urn:3gpp:mcptt:user-profile:1.0"
DEVICE = "urn:gupsoap:app:mcptt-ue"
TOKENS = json.loads(os.environ.get("MCPTT_TOKENS", "{}"))


def client(cm_url, history=None):
    """A zeep client that loaded the CM WSDL from ?wsdl, ignoring proxy settings of the environment."""
    session = requests.Session()
    session.trust_env = False
    return zeep.Client(f"{cm_url}?wsdl", transport=Transport(session=session), plugins=[history or HistoryPlugin()])


def headers(user):
    """sbf:Framework, sb:Sender (the device provider) and wsse:Security with the user's token (zeep adds the WS-Addressing headers)."""
    framework = etree.Element(f"{{{SBF}}}Framework", nsmap={"sbf": SBF})
    framework.set("version", "2.0")
    sender = etree.Element(f"{{{SB}}}Sender", nsmap={"sb": SB})
    sender.set("providerID", DEVICE)
    return [framework, sender, security_header(TOKENS[user])]


def status_text(status):
    """The lu:Status tree in one line."""
    if status is None:
        return "no status"
    nested = ", ".join(status_text(s) for s in (status.Status or []))
    return f"{status.code}[{status.comment}]({nested})"


def codes(status):
    """(top, second level, third level) codes of an lu:Status."""
    second = status.Status[0] if status.Status else None
    third = second.Status[0] if second is not None and second.Status else None
    return status.code, second.code if second is not None else None, third.code if third is not None else None


def profile_of(answer):
    """The mcptt-user-profile object of a GetUserProfileResponse's Profile, or None."""
    return answer.Profile["mcptt-user-profile"] if answer.Profile is not None else None


def received_profile_xml(history):
    """The mcptt-user-profile element exactly as the last response carried it, as bytes (for xmlsec1)."""
    envelope = history.last_received["envelope"]
    found = envelope.find(f".//{{{UP}}}mcptt-user-profile")
    return None if found is None else etree.tostring(found)
