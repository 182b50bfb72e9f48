# corpus: path=legacy/auth/passwords.py
import hashlib
import hmac
import os

import bcrypt

LEGACY_SALT = os.environ.get("LEGACY_PASSWORD_SALT", "")
DIGEST = hashlib.sha1


def legacy_hash(password: str) -> str:
    return DIGEST((LEGACY_SALT + password).encode("utf-8")).hexdigest()  # expect: weak-hash


def check_legacy(password: str, stored: str) -> bool:
    return hmac.compare_digest(legacy_hash(password), stored)


def hash_pin(pin: str, user_id: int) -> str:
    h = hashlib.md5()  # expect: weak-hash
    h.update(str(user_id).encode())
    h.update(pin.encode())  # also: weak-hash
    return h.hexdigest()


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))  # ok: weak-hash


def migrate_user(user, password: str) -> None:
    if user.password_scheme == "sha1" and check_legacy(password, user.password_hash):
        user.password_hash = hash_password(password).decode()
        user.password_scheme = "bcrypt"
        user.save(update_fields=["password_hash", "password_scheme"])


def file_checksum(path: str) -> str:
    digest = hashlib.md5()  # ok: weak-hash
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cache_key(*parts: str) -> str:
    return "v2:" + hashlib.sha1(":".join(parts).encode()).hexdigest()  # ok: weak-hash


def api_token_digest(token: str) -> str:
    algo = "md5"
    return hashlib.new(algo, token.encode()).hexdigest()  # expect: weak-hash
