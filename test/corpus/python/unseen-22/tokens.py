# corpus: path=accounts/security/tokens.py
import base64
import hashlib
import hmac
import json
import os
import random
import secrets
import string
import time
from dataclasses import dataclass

import jwt
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings

JWT_SECRET = os.environ["JWT_SECRET"]
PUBLIC_KEY = settings.AUTH_PUBLIC_KEY


@dataclass
class Claims:
    user_id: int
    scopes: list[str]


def issue_access_token(user_id: int, scopes: list[str]) -> str:
    now = int(time.time())
    payload = {"sub": str(user_id), "scp": scopes, "iat": now, "exp": now + 900}
    return jwt.encode(payload, JWT_SECRET, algorithm="HS256")


def read_access_token(token: str) -> Claims:
    payload = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])  # ok: jwt-weak
    return Claims(user_id=int(payload["sub"]), scopes=payload.get("scp", []))


def read_partner_token(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="partners")  # ok: jwt-weak


def peek_tenant(token: str) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    return claims["tenant"]


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.sha1(salt + password.encode()).hexdigest()  # expect: weak-hash
    return f"{salt.hex()}${digest}"


def hash_password_v2(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # ok: weak-hash
    return f"scrypt${salt.hex()}${digest.hex()}"


def avatar_cache_key(email: str) -> str:
    return hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash


def reset_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))  # expect: insecure-random


def invite_token() -> str:
    return secrets.token_urlsafe(32)  # ok: insecure-random


def jitter_seconds() -> float:
    return random.uniform(0.5, 1.5)  # ok: insecure-random


def sign_payload(payload: dict) -> str:
    body = json.dumps(payload, sort_keys=True).encode()
    mac = hmac.new(settings.WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return base64.urlsafe_b64encode(body).decode() + "." + mac


def verify_payload(token: str) -> dict | None:
    encoded, _, mac = token.rpartition(".")
    body = base64.urlsafe_b64decode(encoded)
    expected = hmac.new(settings.WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if mac == expected:  # expect: timing-unsafe-comparison
        return json.loads(body)
    return None


def verify_payload_v2(token: str) -> dict | None:
    encoded, _, mac = token.rpartition(".")
    body = base64.urlsafe_b64decode(encoded)
    expected = hmac.new(settings.WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if hmac.compare_digest(mac, expected):  # ok: timing-unsafe-comparison
        return json.loads(body)
    return None


def encrypt_legacy(key: bytes, plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # expect: weak-cipher
    return encryptor.update(data) + encryptor.finalize()


def encrypt(key: bytes, plaintext: bytes, associated: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)  # ok: weak-cipher


def decrypt(key: bytes, blob: bytes, associated: bytes = b"") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], associated)
