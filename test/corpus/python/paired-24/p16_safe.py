# corpus: path=app/auth/reset.py
import secrets
import string


def make_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))  # ok: insecure-random
