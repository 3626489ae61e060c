"""Independent client side of the network-initiated update (MCPTT user profile contribution, flow 2) with zeep.

Usage: mcptt_network_update.py subscribe CM_URL USER NOTIFY_TO   -> prints "subscription <id>"
       mcptt_network_update.py get CM_URL USER HELD EXPECTED_VERSION EXPECTED_NAME
The harness subscribes, changes the profile as an administrator (the mcptt import command), waits for the
ProfileUpdateNotification at NOTIFY_TO, then gets the profile as the device holding version HELD.
"""
import datetime
import sys

from liberty_client import check
from mcptt_client import client, headers, profile_of, status_text


def main():
    mode, cm_url, user = sys.argv[1:4]
    service = client(cm_url).bind("McpttCmService", "McpttCmSoap12Port")
    if mode == "subscribe":
        expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)).replace(microsecond=0)
        answer = service.SubscribeProfileUpdates(MCPTTID=user, ProfileID=["1"], NotifyTo=sys.argv[4], Expires=expires, _soapheaders=headers(user))
        check(answer.Status.code == "OK" and answer.SubscriptionID, "SubscribeProfileUpdates answers a SubscriptionID", status_text(answer.Status))
        print(f"subscription {answer.SubscriptionID}")
    elif mode == "get":
        held, version, name = sys.argv[4], int(sys.argv[5]), sys.argv[6]
        answer = service.GetUserProfile(MCPTTID=user, ProfileID="1", UEVersion=held, _soapheaders=headers(user))
        document = profile_of(answer)
        check(answer.Status.code == "OK" and document is not None and document.version == version and document.ProfileName == name,
              f"get after the notification answers version {version} with the administrator's change", status_text(answer.Status))
        print("zeep mcptt network update passed")
    else:
        print(f"unknown mode {mode}")
        sys.exit(2)


if __name__ == "__main__":
    main()
