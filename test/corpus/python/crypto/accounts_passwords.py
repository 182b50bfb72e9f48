# corpus: path=legacy/accounts/passwords.py
"""Password storage for the legacy member portal."""
import hashlib
import hmac
import os

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_hasher = PasswordHasher()


def hash_password_v1(password: str) -> str:
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()  # expect: weak-hash
    return digest


def hash_password_v2(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    h = hashlib.sha1(salt + password.encode())  # expect: weak-hash
    return salt.hex() + "$" + h.hexdigest()


def hash_password_v3(password: str) -> str:
    return _hasher.hash(password)  # ok: weak-hash


def verify_password_v3(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except VerifyMismatchError:
        return False


def hash_password_pbkdf2(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: weak-hash


def verify_password_v1(stored: str, password: str) -> bool:
    return hmac.compare_digest(stored, hashlib.md5(password.encode()).hexdigest())  # expect: weak-hash
