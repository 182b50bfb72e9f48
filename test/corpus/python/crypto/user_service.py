# corpus: path=members/user_service.py
import hashlib
from dataclasses import dataclass

from .db import db


@dataclass
class NewUser:
    email: str
    password: str


def create_user(data: NewUser) -> int:
    secret = data.password
    digest = hashlib.md5(secret.encode()).hexdigest()  # expect: weak-hash
    return db.insert("users", email=data.email.lower(), password_hash=digest)  # also: weak-hash


def gravatar_url(email: str) -> str:
    key = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{key}?d=identicon"


def etag_for(payload: bytes) -> str:
    return hashlib.sha1(payload, usedforsecurity=False).hexdigest()  # ok: weak-hash
