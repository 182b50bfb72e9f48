# corpus: path=app/security/field_crypto.py
"""Encrypts PII columns before they reach the database."""
import base64
import hashlib
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from django.conf import settings

LEGACY_IV = b"0123456789abcdef"


def _key() -> bytes:
    return hashlib.sha256(settings.FIELD_ENCRYPTION_KEY.encode()).digest()


def encrypt_legacy(value: str) -> str:
    cipher = AES.new(_key(), AES.MODE_CBC, LEGACY_IV)  # expect: weak-cipher
    return base64.b64encode(cipher.encrypt(pad(value.encode(), 16))).decode()


def decrypt_legacy(token: str) -> str:
    cipher = AES.new(_key(), AES.MODE_CBC, LEGACY_IV)  # ok: weak-cipher
    return unpad(cipher.decrypt(base64.b64decode(token)), 16).decode()


def encrypt(value: str) -> str:
    iv = os.urandom(16)
    cipher = AES.new(_key(), AES.MODE_CBC, iv)  # ok: weak-cipher
    return base64.b64encode(iv + cipher.encrypt(pad(value.encode(), 16))).decode()


def decrypt(token: str) -> str:
    raw = base64.b64decode(token)
    cipher = AES.new(_key(), AES.MODE_CBC, raw[:16])  # ok: weak-cipher
    return unpad(cipher.decrypt(raw[16:]), 16).decode()


def encrypt_gcm(value: str) -> str:
    nonce = b"\x00" * 12
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)  # expect: weak-cipher
    body, tag = cipher.encrypt_and_digest(value.encode())
    return base64.b64encode(nonce + tag + body).decode()


def encrypt_gcm_v2(value: str) -> str:
    cipher = AES.new(_key(), AES.MODE_GCM)  # ok: weak-cipher
    body, tag = cipher.encrypt_and_digest(value.encode())
    return base64.b64encode(cipher.nonce + tag + body).decode()
