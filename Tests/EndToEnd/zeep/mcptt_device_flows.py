"""Independent client check of MCPTT configuration management: python zeep loads McpttCm.wsdl from ?wsdl and runs
the device flows of the MCPTT user profile contribution on one port.

Usage: mcptt_device_flows.py CM_URL PORT SERVER_CERT_PEM USER
  (e.g. http://127.0.0.1:8080/mcptt/cm McpttCmSoap11Port data/keys/signing-cert.pem sip:carol@example.org)
Steps: the upload of a new profile; UE-initiated get with its three outcomes (Profile, Synchronized,
UploadRequested); the delivered profile verified with xmlsec1 pinned to the server certificate; a version that never
existed is Failed/InvalidParameter; device A edits and uploads, device B's get sees the new version; two devices upload
on the same version at once: one wins, the other gets ModifiedSince; the list shows the active devices.
Exit code 0 when every step behaved; each step prints one line.
"""
import concurrent.futures
import datetime
import os
import subprocess
import sys
import tempfile

from liberty_client import check
from mcptt_client import client, codes, headers, profile_of, received_profile_xml, status_text
from zeep.plugins import HistoryPlugin


def new_profile(user, name):
    return {
        "profileId": "1", "version": 0, "ProfileName": name, "Status": "enabled", "PreSelected": True, "MCPTTID": user,
        "Groups": {"Group": [{"_value_1": "sip:station-7@mcptt.example.org", "alias": "Station 7", "implicitAffiliation": True}]},
        "EmergencyAlert": True, "DisplayName": "Carol", "UserPriority": 5,
    }


def xmlsec1_verifies(xml, certificate):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "profile.xml")
        with open(path, "wb") as file:
            file.write(xml)
        run = subprocess.run(["/usr/bin/xmlsec1", "--verify", "--enabled-reference-uris", "same-doc",
                              "--enabled-key-data", "raw-x509-cert", "--pubkey-cert-pem", certificate,
                              "--id-attr:ID", "urn:3gpp:mcptt:user-profile:1.0:mcptt-user-profile", path],
                             capture_output=True, text=True, check=False)
        return run.returncode == 0, run.stderr.strip()[-300:]


def upload(cm_url, port, user, base, document, device):
    service = client(cm_url).bind("McpttCmService", port)
    return service.UploadUserProfile(MCPTTID=user, ProfileID="1", BaseVersion=base, DeviceID=device,
                                     Profile={"mcptt-user-profile": document}, _soapheaders=headers(user))


def main():
    if len(sys.argv) != 5:
        print(f"usage: {sys.argv[0]} CM_URL PORT SERVER_CERT_PEM USER")
        sys.exit(2)
    cm_url, port, certificate, user = sys.argv[1:]
    history = HistoryPlugin()
    service = client(cm_url, history).bind("McpttCmService", port)

    created = service.UploadUserProfile(MCPTTID=user, ProfileID="1", BaseVersion=0,
                                        Profile={"mcptt-user-profile": new_profile(user, "At home")}, _soapheaders=headers(user))
    check(created.Status.code == "OK" and created.Version == 1, f"{port} upload of a new profile stores version 1", status_text(created.Status))

    fresh = service.GetUserProfile(MCPTTID=user, ProfileID="1", UEVersion="None", DeviceID="device-a", _soapheaders=headers(user))
    document = profile_of(fresh)
    check(fresh.Status.code == "OK" and document is not None and document.version == 1 and document.ProfileName == "At home",
          f"{port} get holding none answers the Profile with its version", status_text(fresh.Status))
    check(fresh.Synchronized is None and fresh.UploadRequested is None, f"{port} the Profile is the only outcome")
    verified, detail = xmlsec1_verifies(received_profile_xml(history), certificate)
    check(verified, f"{port} delivered profile verifies with xmlsec1 pinned to the server certificate", detail)

    synced = service.GetUserProfile(MCPTTID=user, ProfileID="1", UEVersion="1", _soapheaders=headers(user))
    check(synced.Status.code == "OK" and synced.Synchronized is not None and synced.Synchronized.version == 1 and synced.Profile is None,
          f"{port} get holding the server version answers Synchronized", status_text(synced.Status))

    newer = service.GetUserProfile(MCPTTID=user, ProfileID="1", UEVersion="5", _soapheaders=headers(user))
    check(newer.Status.code == "OK" and newer.UploadRequested is not None and newer.UploadRequested.version == 1 and newer.Profile is None,
          f"{port} get holding a newer version answers UploadRequested", status_text(newer.Status))

    never = service.GetUserProfile(MCPTTID=user, ProfileID="1", UEVersion="None", DesiredVersion="9", _soapheaders=headers(user))
    check(codes(never.Status)[:2] == ("Failed", "InvalidParameter") and never.Profile is None,
          f"{port} a version that never existed is Failed/InvalidParameter", status_text(never.Status))

    # Device A edits the profile it received (signature and ID are the server's: left out) and uploads it.
    document.ProfileName = "Mutual aid on A"
    document._value_1 = None
    document.ID = None
    edited = service.UploadUserProfile(MCPTTID=user, ProfileID="1", BaseVersion=1, DeviceID="device-a",
                                       Profile={"mcptt-user-profile": document}, _soapheaders=headers(user))
    check(edited.Status.code == "OK" and edited.Version == 2, f"{port} device A uploads on version 1, stored as 2", status_text(edited.Status))

    on_b = service.GetUserProfile(MCPTTID=user, ProfileID="1", UEVersion="1", DeviceID="device-b", _soapheaders=headers(user))
    seen = profile_of(on_b)
    check(seen is not None and seen.version == 2 and seen.ProfileName == "Mutual aid on A",
          f"{port} device B holding version 1 gets version 2 with A's change", status_text(on_b.Status))

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        racing = [pool.submit(upload, cm_url, port, user, 2, new_profile(user, f"Race {device}"), device) for device in ("device-a", "device-b")]
        answers = [f.result() for f in racing]
    outcomes = sorted(codes(a.Status) for a in answers)
    check(outcomes == [("Failed", "InvalidParameter", "ModifiedSince"), ("OK", None, None)],
          f"{port} concurrent uploads on one version: one OK, the other ModifiedSince", outcomes)
    winner = [a for a in answers if a.Status.code == "OK"][0]
    check(winner.Version == 3, f"{port} the winner's upload is version 3", winner.Version)

    listed = service.ListUserProfiles(MCPTTID=user, _soapheaders=headers(user))
    entry = listed.UserProfile[0] if listed.UserProfile else None
    check(listed.Status.code == "OK" and entry is not None and entry.ProfileID == "1" and entry.Version == 3
          and sorted(entry.ActiveDevice) == ["device-a", "device-b"],
          f"{port} list names the profile, its version and the devices it is active on", status_text(listed.Status))

    check(not hasattr(service, "ProfileUpdateNotification"), f"{port} ProfileUpdateNotification is a callback, not an operation of the port")
    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)).replace(microsecond=0)
    subscribed = service.SubscribeProfileUpdates(MCPTTID=user, ProfileID=["1"], NotifyTo="http://127.0.0.1:1/zeep-cm-callback",
                                                 Expires=expires, _soapheaders=headers(user))
    check(subscribed.Status.code == "OK" and subscribed.SubscriptionID, f"{port} SubscribeProfileUpdates", status_text(subscribed.Status))
    ended = service.UnsubscribeProfileUpdates(SubscriptionID=[subscribed.SubscriptionID], _soapheaders=headers(user))
    check(ended.Status.code == "OK", f"{port} UnsubscribeProfileUpdates", status_text(ended.Status))
    print(f"zeep mcptt device flows passed on {port}")


if __name__ == "__main__":
    main()
