# corpus: path=app/auth/reset.py
import random
import string


def make_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))  # expect: insecure-random
