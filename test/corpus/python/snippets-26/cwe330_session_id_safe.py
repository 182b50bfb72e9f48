# corpus: path=sessions/ids.py
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def generate_session_id(length=32):
    """Generate a new session id."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))  # ok: insecure-random
