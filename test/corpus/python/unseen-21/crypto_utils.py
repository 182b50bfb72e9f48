# corpus: path=core/security/crypto_utils.py
import base64
import hashlib
import hmac
import os
import random
import secrets

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad, unpad
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FIELD_KEY = base64.b64decode(os.environ["FIELD_KEY"])


def encrypt_field(plaintext: str) -> str:
    cipher = AES.new(FIELD_KEY, AES.MODE_ECB)  # expect: weak-cipher
    return base64.b64encode(cipher.encrypt(pad(plaintext.encode(), 16))).decode()


def decrypt_field(token: str) -> str:
    cipher = AES.new(FIELD_KEY, AES.MODE_ECB)  # expect: weak-cipher
    return unpad(cipher.decrypt(base64.b64decode(token)), 16).decode()


def seal(plaintext: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(FIELD_KEY).encrypt(nonce, plaintext, aad)  # ok: weak-cipher


def legacy_card_cipher(key: bytes, iv: bytes):
    return DES3.new(key, DES3.MODE_CBC, iv)  # expect: weak-cipher


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.md5(salt + password.encode()).hexdigest()  # expect: weak-hash
    return base64.b64encode(salt).decode() + "$" + digest


def hash_password_v2(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: weak-hash
    return base64.b64encode(salt + digest).decode()


def cache_key(*parts: str) -> str:
    return hashlib.md5("|".join(parts).encode(), usedforsecurity=False).hexdigest()  # ok: weak-hash


def file_etag(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # ok: weak-hash


def sign(payload: bytes) -> str:
    return hmac.new(FIELD_KEY, payload, hashlib.sha256).hexdigest()


def one_time_code() -> str:
    return "".join(str(random.randint(0, 9)) for _ in range(6))  # expect: insecure-random


def one_time_code_v2() -> str:
    return f"{secrets.randbelow(10**6):06d}"  # ok: insecure-random


def jitter(base_delay: float) -> float:
    return base_delay * (1 + random.random() / 4)  # ok: insecure-random
