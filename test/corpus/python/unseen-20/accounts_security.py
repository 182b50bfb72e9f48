# corpus: path=app/accounts/security.py
import hashlib
import hmac
import os
import random
import secrets
import string
import time

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .models import PasswordReset, User, db

ALPHABET = string.ascii_letters + string.digits
FIELD_KEY = bytes.fromhex(os.environ["FIELD_ENCRYPTION_KEY"])
AVATAR_COLOURS = ["#f87171", "#fbbf24", "#34d399", "#60a5fa", "#a78bfa"]


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # expect: weak-hash


def hash_password_v2(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: weak-hash
    return salt.hex() + "$" + digest.hex()


def check_password(user: User, password: str) -> bool:
    salt_hex, digest_hex = user.password_hash.split("$", 1)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), 600_000)
    return hmac.compare_digest(digest.hex(), digest_hex)


def new_reset_token() -> str:
    return hashlib.sha1(str(random.random()).encode()).hexdigest()  # expect: insecure-random


def new_reset_token_v2() -> str:
    return secrets.token_urlsafe(32)  # ok: insecure-random


def one_time_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))  # expect: insecure-random


def invite_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(12))  # ok: insecure-random


def avatar_colour(user_id: int) -> str:
    rng = random.Random(user_id)
    return rng.choice(AVATAR_COLOURS)  # ok: insecure-random


def retry_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)  # ok: insecure-random


def start_reset(email: str) -> PasswordReset:
    user = User.query.filter_by(email=email).first()
    if user is None:
        return None
    reset = PasswordReset(user_id=user.id, token=new_reset_token_v2(), created=time.time())
    db.session.add(reset)
    db.session.commit()
    return reset


def encrypt_field(plaintext: bytes) -> bytes:
    cipher = Cipher(algorithms.AES(FIELD_KEY), modes.ECB())  # expect: weak-cipher
    enc = cipher.encryptor()
    pad = 16 - len(plaintext) % 16
    return enc.update(plaintext + bytes([pad]) * pad) + enc.finalize()


def encrypt_field_v2(plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(FIELD_KEY).encrypt(nonce, plaintext, None)  # ok: weak-cipher


def api_signature(body: bytes, key: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()  # ok: weak-hash


def gravatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def session_fingerprint(user_agent: str, session_key: str) -> str:
    return hashlib.sha1((user_agent + session_key).encode()).hexdigest()  # expect: weak-hash
