# corpus: path=integrations/signing.py
"""Signing for outgoing webhooks, magic links and partner tokens."""
import hashlib
import hmac
import os
import time

import jwt
from cryptography.hazmat.primitives import hashes
from flask import current_app
from itsdangerous import URLSafeTimedSerializer

PARTNER_AUDIENCE = "partner-api"
SIGNING_KEY = os.environ["WEBHOOK_SIGNING_KEY"].encode()
MAGIC_LINK_SALT = "magic-link"


def sign_webhook(body: bytes) -> str:
    ts = str(int(time.time()))
    mac = hmac.new(SIGNING_KEY, ts.encode() + b"." + body, hashlib.sha256)  # ok: hardcoded-secret
    return f"t={ts},v1={mac.hexdigest()}"


def sign_webhook_legacy(body: bytes) -> str:
    key = b"whsec_9Lq2Xv7Rk3Tz8Pm4"
    return hmac.new(key, body, hashlib.sha256).hexdigest()  # expect: hardcoded-secret


def partner_token(partner_id: str) -> str:
    claims = {"sub": partner_id, "aud": PARTNER_AUDIENCE, "exp": int(time.time()) + 300}
    return jwt.encode(  # expect: hardcoded-secret
        claims,
        "p4rtn3r-s1gn1ng-k3y-2024",
        algorithm="HS256",
    )


def partner_token_v2(partner_id: str) -> str:
    claims = {"sub": partner_id, "aud": PARTNER_AUDIENCE, "exp": int(time.time()) + 300}
    return jwt.encode(claims, current_app.config["PARTNER_JWT_KEY"], algorithm="HS256")  # ok: hardcoded-secret


def read_partner_token(token: str) -> dict:
    return jwt.decode(token, current_app.config["PARTNER_JWT_KEY"], algorithms=["HS256"], audience=PARTNER_AUDIENCE)  # ok: jwt-weak


def peek_partner_token(token: str) -> dict:
    return jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})  # expect: jwt-weak


def magic_link_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer("m4g1c-l1nk-s3cr3t-k3y", salt=MAGIC_LINK_SALT)  # expect: hardcoded-secret


def magic_link_serializer_v2() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=MAGIC_LINK_SALT)  # ok: hardcoded-secret


def password_digest(password: str, salt: bytes) -> str:
    h = hashlib.new("md5")  # expect: weak-hash
    h.update(salt)
    h.update(password.encode())  # also: weak-hash
    return h.hexdigest()


def password_digest_v2(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # ok: weak-hash


def signature_digest() -> hashes.HashAlgorithm:
    return hashes.SHA1()  # expect: weak-hash


def etag_for(content: bytes) -> str:
    return hashlib.md5(content).hexdigest()  # ok: weak-hash


def reset_token_hash(token: str) -> str:
    digest = hashlib.sha1()  # expect: weak-hash
    digest.update(token.encode())  # also: weak-hash
    return digest.hexdigest()
