# corpus: path=accounts/tokens.py
import random
import secrets
import string
import uuid
from random import choice, randint

ALPHABET = string.ascii_letters + string.digits


def reset_token() -> str:
    return "".join(random.choice(ALPHABET) for _ in range(32))  # expect: insecure-random


def otp_code() -> str:
    return str(randint(100000, 999999))  # expect: insecure-random


def invite_code() -> str:
    return "".join(choice(ALPHABET) for _ in range(10))  # expect: insecure-random


def session_id() -> str:
    return secrets.token_hex(32)  # ok: insecure-random


def api_key() -> str:
    return "sk_" + secrets.token_urlsafe(40)  # ok: insecure-random


def request_id() -> str:
    return uuid.uuid4().hex


def jitter(base: float) -> float:
    return base * (1 + random.random() / 10)  # ok: insecure-random


def pick_sample(rows: list, k: int = 20) -> list:
    rng = random.Random(42)
    return rng.sample(rows, min(k, len(rows)))  # ok: insecure-random
