# corpus: path=users/security.py
import hashlib
import hmac
import os
from hashlib import md5, sha1

import bcrypt
from argon2 import PasswordHasher

_ph = PasswordHasher()


def hash_password(password: str) -> str:
    return _ph.hash(password)


def verify_password(stored: str, password: str) -> bool:
    return _ph.verify(stored, password)


def legacy_hash(password: str, salt: str) -> str:
    return hashlib.md5((salt + password).encode()).hexdigest()  # expect: weak-hash


def legacy_verify(stored: str, password: str, salt: str) -> bool:
    return hmac.compare_digest(stored, legacy_hash(password, salt))


def api_token_digest(token: str) -> str:
    return sha1(token.encode()).hexdigest()  # expect: weak-hash


def api_token_digest_v2(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()  # ok: weak-hash


def file_etag(data: bytes) -> str:
    return md5(data, usedforsecurity=False).hexdigest()  # ok: weak-hash


def bcrypt_hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))  # ok: weak-hash


def pbkdf2(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000)  # expect: weak-hash
    return salt, digest


def sign_payload(secret: bytes, payload: bytes) -> str:
    h = hashlib.new("md5")  # expect: weak-hash
    h.update(secret + payload)  # also: weak-hash
    return h.hexdigest()
