# corpus: path=accounts/auth_service.py
import base64
import hashlib
import hmac
import os
import random
import secrets
import time

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

JWT_SECRET = os.environ["JWT_SECRET"]


class TokenService:
    def issue(self, user_id: int) -> str:
        payload = {"sub": str(user_id), "exp": int(time.time()) + 3600}
        return jwt.encode(payload, JWT_SECRET, algorithm="HS256")  # ok: jwt-weak

    def read(self, token: str) -> dict:
        return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])  # ok: jwt-weak

    def read_lenient(self, token: str) -> dict:
        return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], options={"verify_signature": False})  # expect: jwt-weak

    def refresh_token(self) -> str:
        return base64.urlsafe_b64encode(random.randbytes(32)).decode()  # expect: insecure-random

    def api_key(self) -> str:
        return secrets.token_urlsafe(32)  # ok: insecure-random


def derive_key(password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=1000)  # expect: weak-hash
    return kdf.derive(password.encode())


def derive_key_strong(password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)  # ok: weak-hash
    return kdf.derive(password.encode())


def store_password(db, user_id: int, password: str) -> None:
    salt = os.urandom(16).hex()
    digest = hashlib.sha1((salt + password).encode()).hexdigest()  # expect: weak-hash
    db.execute("UPDATE users SET salt = ?, pw = ? WHERE id = ?", (salt, digest, user_id))


def sign_webhook(body: bytes, secret: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()  # ok: weak-hash


def file_checksum(path: str) -> str:
    h = hashlib.md5()  # ok: weak-hash
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(8192), b""):
            h.update(chunk)
    return h.hexdigest()


def pick_shard(user_id: int, shards: int) -> int:
    return random.Random(user_id).randrange(shards)  # ok: insecure-random


def one_time_pin() -> str:
    pin = f"{random.randint(0, 9999):04d}"  # expect: insecure-random
    return pin
