# corpus: path=accounts/tokens.py
import random
import secrets
import string
import time
import uuid

ALPHABET = string.ascii_letters + string.digits
_rng = random.Random()
_sys = random.SystemRandom()


def password_reset_token() -> str:
    return "".join(random.choices(ALPHABET, k=40))  # expect: insecure-random


def email_verification_code() -> str:
    return str(random.randint(100000, 999999))  # expect: insecure-random


def api_key() -> str:
    return "%032x" % random.getrandbits(128)  # expect: insecure-random


def session_id() -> str:
    return "".join(_rng.choice(ALPHABET) for _ in range(32))  # expect: insecure-random


def invite_code() -> str:
    return "".join(_sys.choice(ALPHABET) for _ in range(12))  # ok: insecure-random


def otp() -> str:
    return f"{secrets.randbelow(10**6):06d}"  # ok: insecure-random


def csrf_token() -> str:
    return secrets.token_hex(32)  # ok: insecure-random


def request_id() -> str:
    return uuid.uuid4().hex  # ok: insecure-random


def backoff_delay(attempt: int) -> float:
    return min(30.0, 2**attempt) + random.uniform(0, 1)  # ok: insecure-random


def sample_for_audit(rows: list) -> list:
    return random.sample(rows, k=min(10, len(rows)))  # ok: insecure-random


def shuffle_playlist(tracks: list) -> list:
    random.shuffle(tracks)  # ok: insecure-random
    return tracks


def temporary_password() -> str:
    chars = string.ascii_letters + string.digits + "!@#$%"
    password = ""
    for _ in range(14):
        password += random.choice(chars)  # expect: insecure-random
    return password


def nonce() -> str:
    random.seed(time.time())
    return str(random.random())[2:]  # expect: insecure-random
