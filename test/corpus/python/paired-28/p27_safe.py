# corpus: path=app/auth/otp.py
import secrets

from app.cache import cache


def issue_login_code(user_id):
    code = f"{secrets.randbelow(1_000_000):06d}"  # ok: insecure-random
    cache.set(f"otp:{user_id}", code, timeout=300)
    return code
