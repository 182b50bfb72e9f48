# corpus: path=auth/otp.py
import hashlib
import hmac
import random
import secrets
import string
import time

OTP_DIGITS = 6


def totp(secret: bytes, step: int = 30) -> str:
    counter = int(time.time() // step).to_bytes(8, "big")
    digest = hmac.new(secret, counter, hashlib.sha1).digest()  # ok: weak-hash
    offset = digest[-1] & 0x0F
    code = int.from_bytes(digest[offset:offset + 4], "big") & 0x7FFFFFFF
    return str(code % 10 ** OTP_DIGITS).zfill(OTP_DIGITS)


def backup_codes(n: int = 10) -> list[str]:
    return ["".join(random.sample(string.digits, 8)) for _ in range(n)]  # expect: insecure-random


def backup_codes_v2(n: int = 10) -> list[str]:
    return ["".join(secrets.choice(string.digits) for _ in range(8)) for _ in range(n)]  # ok: insecure-random


def magic_link_token(email: str) -> str:
    seed = f"{email}:{time.time()}:{random.random()}"  # expect: insecure-random
    return hashlib.sha256(seed.encode()).hexdigest()  # also: insecure-random


def csrf_token() -> str:
    return secrets.token_hex(16)  # ok: insecure-random
