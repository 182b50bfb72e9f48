# corpus: path=app/auth/otp.py
import random

from app.cache import cache


def issue_login_code(user_id):
    code = f"{random.randint(0, 999999):06d}"  # expect: insecure-random
    cache.set(f"otp:{user_id}", code, timeout=300)
    return code
