# corpus: path=accounts/tokens.py
import random
import secrets
import string
import uuid
from datetime import datetime, timedelta, timezone

from .models import PasswordReset

ALPHABET = string.ascii_letters + string.digits


def make_reset_token(user) -> str:
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # expect: insecure-random
    PasswordReset.objects.create(user=user, token=token, expires_at=datetime.now(timezone.utc) + timedelta(hours=1))
    return token


def make_reset_token_v2(user) -> str:
    token = secrets.token_urlsafe(32)  # ok: insecure-random
    PasswordReset.objects.create(user=user, token=token, expires_at=datetime.now(timezone.utc) + timedelta(hours=1))
    return token


def make_otp() -> str:
    return str(random.randint(100000, 999999))  # expect: insecure-random


def make_otp_v2() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"  # ok: insecure-random


def make_api_key() -> str:
    rng = random.Random()
    return "sk_" + "".join(rng.choices(ALPHABET, k=40))  # expect: insecure-random


def pick_shard(user_id: int, shards: int = 16) -> int:
    return random.Random(user_id).randrange(shards)  # ok: insecure-random


def jitter(base: float) -> float:
    return base * (1 + random.uniform(-0.1, 0.1))  # ok: insecure-random


def invite_code() -> str:
    return uuid.uuid4().hex[:12]  # ok: insecure-random


def session_nonce() -> str:
    return "%032x" % random.getrandbits(128)  # expect: insecure-random
