# corpus: path=app/auth/session_ids.py
import secrets


def new_session_id():
    return secrets.token_hex(16)  # ok: insecure-random
