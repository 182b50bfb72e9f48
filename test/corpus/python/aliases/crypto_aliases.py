# corpus: path=legacy/crypto_compat.py
"""Compatibility shims for data written by the 2015 billing system."""
from Crypto.Cipher import DES as D
from Crypto.Cipher import DES3 as TripleDES
from Crypto.Cipher import AES as A
from hashlib import sha1 as legacy_sha
from hashlib import sha256 as modern_sha

LEGACY_IV = bytes(8)


def decrypt_card_token(key: bytes, blob: bytes) -> bytes:
    return D.new(key, D.MODE_ECB).decrypt(blob)  # expect: weak-cipher


def encrypt_card_token(key: bytes, data: bytes) -> bytes:
    return TripleDES.new(key, TripleDES.MODE_CBC, LEGACY_IV).encrypt(data)  # expect: weak-cipher


def encrypt_note(key: bytes, nonce: bytes, data: bytes) -> bytes:
    cipher = A.new(key, A.MODE_GCM, nonce=nonce)  # ok: weak-cipher
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return ciphertext + tag


def password_digest(password: str, salt: str) -> str:
    return legacy_sha((salt + password).encode()).hexdigest()  # expect: weak-hash


def content_id(data: bytes) -> str:
    return modern_sha(data).hexdigest()  # ok: weak-hash
