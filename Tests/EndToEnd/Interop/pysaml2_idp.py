"""A third-party SAML 2.0 IdP built on pysaml2 (Debian python3-pysaml2): issues one signed saml2:Assertion.

The assertion is assembled from pysaml2's own element classes and signed by pysaml2's xmlsec1 backend with
rsa-sha256 / sha256 (pysaml2 still defaults to rsa-sha1, which GupSoap refuses: SECURITY.md S8). The signed
assertion is printed on stdout and nothing else is, so the caller can read it whole.
"""

import argparse
import sys
from collections import OrderedDict

from saml2 import saml
from saml2 import xmldsig as ds
from saml2.config import Config
from saml2.s_utils import sid
from saml2.sigver import pre_signature_part
from saml2.sigver import security_context
from saml2.sigver import signed_instance_factory
from saml2.time_util import in_a_while
from saml2.time_util import instant

ASSERTION_NODE = "urn:oasis:names:tc:SAML:2.0:assertion:Assertion"
BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer"
PASSWORD_PROTECTED_TRANSPORT = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
URI_NAME_FORMAT = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--issuer", required=True, help="IdP entity id (saml2:Issuer)")
    parser.add_argument("--key", required=True, help="signing private key, PEM")
    parser.add_argument("--cert", required=True, help="signing certificate, PEM (embedded in ds:KeyInfo)")
    parser.add_argument("--audience", required=True)
    parser.add_argument("--name-id", required=True)
    parser.add_argument("--name-id-format", default="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified")
    parser.add_argument("--recipient", help="SubjectConfirmationData Recipient")
    parser.add_argument("--lifetime", type=int, default=120, help="seconds until NotOnOrAfter")
    parser.add_argument("--one-time-use", action="store_true")
    parser.add_argument("--attribute", action="append", default=[], metavar="NAME=VALUE",
                        help="repeatable; repeating a name adds another value")
    return parser.parse_args(argv)


def attribute_statement(pairs):
    values = OrderedDict()
    for pair in pairs:
        name, separator, value = pair.partition("=")
        if not separator or not name:
            raise SystemExit("attribute must be NAME=VALUE: " + pair)
        values.setdefault(name, []).append(value)
    attributes = [
        saml.Attribute(
            name=name,
            name_format=URI_NAME_FORMAT,
            attribute_value=[saml.AttributeValue(text=value) for value in texts],
        )
        for name, texts in values.items()
    ]
    return saml.AttributeStatement(attribute=attributes)


def build_assertion(args, certificate_base64):
    assertion_id = sid()
    now = instant()
    expires = in_a_while(seconds=args.lifetime)
    confirmation_data = saml.SubjectConfirmationData(not_on_or_after=expires, recipient=args.recipient)
    conditions = saml.Conditions(
        not_before=now,
        not_on_or_after=expires,
        audience_restriction=[saml.AudienceRestriction(audience=[saml.Audience(text=args.audience)])],
    )
    if args.one_time_use:
        conditions.one_time_use = [saml.OneTimeUse()]
    assertion = saml.Assertion(
        id=assertion_id,
        version="2.0",
        issue_instant=now,
        issuer=saml.Issuer(text=args.issuer, format=saml.NAMEID_FORMAT_ENTITY),
        subject=saml.Subject(
            name_id=saml.NameID(text=args.name_id, format=args.name_id_format),
            subject_confirmation=[saml.SubjectConfirmation(method=BEARER, subject_confirmation_data=confirmation_data)],
        ),
        conditions=conditions,
        authn_statement=[
            saml.AuthnStatement(
                authn_instant=now,
                session_index=sid(),
                authn_context=saml.AuthnContext(
                    authn_context_class_ref=saml.AuthnContextClassRef(text=PASSWORD_PROTECTED_TRANSPORT)
                ),
            )
        ],
    )
    if args.attribute:
        assertion.attribute_statement = [attribute_statement(args.attribute)]
    # pysaml2's defaults are rsa-sha1/sha1: name the algorithms explicitly.
    assertion.signature = pre_signature_part(
        ident=assertion_id,
        public_key=certificate_base64,
        sign_alg=ds.SIG_RSA_SHA256,
        digest_alg=ds.DIGEST_SHA256,
    )
    return assertion


def signed_assertion(args):
    """The assertion asked for by args, signed with the IdP's key, as text."""
    config = Config().load({
        "entityid": args.issuer,
        "key_file": args.key,
        "cert_file": args.cert,
        "crypto_backend": "xmlsec1",
        "xmlsec_binary": "/usr/bin/xmlsec1",
    })
    context = security_context(config)
    assertion = build_assertion(args, context.my_cert)
    return signed_instance_factory(assertion, context, [(ASSERTION_NODE, assertion.id)])


def main(argv):
    sys.stdout.write(signed_assertion(parse_arguments(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
