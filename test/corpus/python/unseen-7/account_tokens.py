# corpus: path=accounts/tokens.py
import hashlib
import os
import random
import secrets
import string
import time
from datetime import datetime, timedelta, timezone

from .models import ApiKey, PasswordReset, User, db

ALPHABET = string.ascii_letters + string.digits
rng = random.SystemRandom()


def password_reset_code(user: User) -> str:
    code = "".join(random.choices(string.digits, k=6))  # expect: insecure-random
    db.session.add(PasswordReset(user_id=user.id, code=code, expires=datetime.now(timezone.utc) + timedelta(minutes=15)))
    return code


def email_otp() -> str:
    return f"{random.randint(100000, 999999)}"  # expect: insecure-random


def sms_otp() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"  # ok: insecure-random


def new_session_id() -> str:
    return "%032x" % random.getrandbits(128)  # expect: insecure-random


def new_api_key(user: User) -> str:
    raw = "".join(random.choice(ALPHABET) for _ in range(40))  # expect: insecure-random
    db.session.add(ApiKey(user_id=user.id, prefix=raw[:6], digest=hashlib.sha256(raw.encode()).hexdigest()))  # ok: weak-hash
    return raw


def new_invite_code() -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(12))  # ok: insecure-random


def retry_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)  # ok: insecure-random


def sample_for_audit(users: list[User]) -> list[User]:
    return random.sample(users, k=min(10, len(users)))  # ok: insecure-random


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # expect: weak-hash


def hash_password_v2(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode()).hexdigest()  # expect: weak-hash


def hash_password_v3(password: str) -> str:
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: weak-hash
    return salt.hex() + key.hex()


def hash_password_scrypt(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # ok: weak-hash


def remember_token(user: User) -> str:
    h = hashlib.new("md5")  # expect: weak-hash
    h.update(f"{user.id}:{user.email}:{time.time()}".encode())  # also: weak-hash
    return h.hexdigest()


def verify_legacy_password(user: User, password: str) -> bool:
    return secrets.compare_digest(user.password_hash, hashlib.sha1(password.encode()).hexdigest())  # expect: weak-hash


def avatar_url(user: User) -> str:
    digest = hashlib.md5(user.email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def cache_key(*parts: str) -> str:
    return hashlib.new("sha1", ":".join(parts).encode(), usedforsecurity=False).hexdigest()  # ok: weak-hash
