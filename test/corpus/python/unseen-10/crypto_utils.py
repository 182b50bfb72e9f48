# corpus: path=core/crypto.py
import base64
import hashlib
import hmac
import os
import random
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

WEBHOOK_SIGNING_KEY = os.environ.get("WEBHOOK_SIGNING_KEY", "whsec_8KfL2mQ9xR4vN7pT1wZ6yB3cJ5hD0sA")  # expect: hardcoded-secret
FIELD_KEY = base64.b64decode(os.environ["FIELD_ENCRYPTION_KEY"])


def sign_webhook(body: bytes) -> str:
    return hmac.new(WEBHOOK_SIGNING_KEY.encode(), body, hashlib.sha256).hexdigest()  # ok: weak-hash


def legacy_signature(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.md5).hexdigest()  # expect: weak-hash


def encrypt_field(plaintext: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(FIELD_KEY).encrypt(nonce, plaintext.encode(), None)
    return base64.urlsafe_b64encode(nonce + ct).decode()


def decrypt_field(token: str) -> str:
    raw = base64.urlsafe_b64decode(token)
    return AESGCM(FIELD_KEY).decrypt(raw[:12], raw[12:], None).decode()


def make_nonce() -> str:
    return "".join(str(random.randint(0, 9)) for _ in range(16))  # expect: insecure-random


def make_salt() -> bytes:
    return secrets.token_bytes(16)  # ok: insecure-random


def content_fingerprint(data: bytes) -> str:
    sha = hashlib.sha1  # ok: weak-hash
    return sha(data).hexdigest()[:12]


def pick_replica(replicas: list[str]) -> str:
    return random.choice(replicas)  # ok: insecure-random
