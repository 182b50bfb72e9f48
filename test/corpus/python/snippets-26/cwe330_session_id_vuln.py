# corpus: path=sessions/ids.py
import random
import string

ALPHABET = string.ascii_letters + string.digits


def generate_session_id(length=32):
    """Generate a new session id."""
    return "".join(random.choice(ALPHABET) for _ in range(length))  # expect: insecure-random
