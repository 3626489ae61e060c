"""A third-party SAML 2.0 IdP (pysaml2) answering Web Browser SSO: one samlp:Response for the HTTP-POST binding.

The assertion is built and signed exactly as ../Interop/pysaml2_idp.py does (rsa-sha256, pysaml2's xmlsec1 backend);
it is wrapped in a samlp:Response with Success status and the given Destination. The base64 of the response, the
value of the SAMLResponse form field, is printed on stdout and nothing else is.
"""

import base64
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Interop"))

import pysaml2_idp  # noqa: E402
from saml2 import samlp  # noqa: E402
from saml2 import saml  # noqa: E402
from saml2.s_utils import sid  # noqa: E402
from saml2.time_util import instant  # noqa: E402


def main(argv):
    destination = argv[argv.index("--destination") + 1]
    rest = argv[:argv.index("--destination")] + argv[argv.index("--destination") + 2:]
    args = pysaml2_idp.parse_arguments(rest)
    signed = pysaml2_idp.signed_assertion(args)
    if signed.startswith("<?xml"):
        signed = signed[signed.index("?>") + 2:]
    response = samlp.Response(
        id=sid(),
        version="2.0",
        issue_instant=instant(),
        destination=destination,
        issuer=saml.Issuer(text=args.issuer, format=saml.NAMEID_FORMAT_ENTITY),
        status=samlp.Status(status_code=samlp.StatusCode(value=samlp.STATUS_SUCCESS)),
    )
    text = response.to_string().decode("utf-8")
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2:]
    closing = text.rindex("</")
    whole = text[:closing] + signed.strip() + text[closing:]
    sys.stdout.write(base64.b64encode(whole.encode("utf-8")).decode("ascii"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
