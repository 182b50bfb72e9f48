# corpus: path=keys/service.py
"""API key issuance, request signing and the legacy SSO bridge."""
import base64
import hashlib
import hmac
import random
import secrets
from hashlib import sha1 as sha

import jwt as pyjwt
from Crypto.Cipher import ARC4 as RC4
from Crypto.Cipher import AES
from Crypto.Hash import MD5
from django.conf import settings

SSO_AUDIENCE = "legacy-sso"


def new_api_key() -> tuple[str, str]:
    key = "ak_" + secrets.token_hex(20)
    stored = hashlib.sha256(key.encode()).hexdigest()  # ok: weak-hash
    return key, stored


def new_api_key_legacy() -> tuple[str, str]:
    key = "ak_%x" % random.getrandbits(160)  # expect: insecure-random
    stored = sha(key.encode()).hexdigest()  # expect: weak-hash
    return key, stored


def sign_request(method: str, path: str, body: bytes) -> str:
    msg = f"{method}\n{path}\n".encode() + body
    return hmac.new(settings.REQUEST_SIGNING_KEY.encode(), msg, hashlib.sha256).hexdigest()  # ok: hardcoded-secret


def sign_request_legacy(method: str, path: str, body: bytes) -> str:
    msg = f"{method}\n{path}\n".encode() + body
    signing_key = "Zx81-legacy-hmac-Kq02-secret"
    return hmac.new(signing_key.encode(), msg, hashlib.md5).hexdigest()  # expect: hardcoded-secret, weak-hash


def sso_ticket(user_id: int) -> str:
    return pyjwt.encode({"sub": str(user_id), "aud": SSO_AUDIENCE}, "legacy-sso-shared-secret-77", algorithm="HS256")  # expect: hardcoded-secret


def read_sso_ticket(ticket: str) -> dict:
    return pyjwt.decode(ticket, settings.SSO_KEY, algorithms=["HS256"], audience=SSO_AUDIENCE)  # ok: jwt-weak


def read_sso_ticket_lenient(ticket: str) -> dict:
    return pyjwt.decode(  # expect: jwt-weak
        ticket,
        settings.SSO_KEY,
        algorithms=["HS256"],
        options={"verify_signature": False, "verify_aud": False},
    )


def obfuscate_legacy(key: bytes, data: bytes) -> bytes:
    return RC4.new(key).encrypt(data)  # expect: weak-cipher


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)  # ok: weak-cipher
    ct, tag = cipher.encrypt_and_digest(data)
    return base64.b64encode(cipher.nonce + tag + ct)


def legacy_password(password: str) -> str:
    return MD5.new(password.encode()).hexdigest()  # expect: weak-hash


def gravatar(email: str) -> str:
    return "https://www.gravatar.com/avatar/" + hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
