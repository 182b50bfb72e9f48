# corpus: path=app/auth/api_keys.py
import hashlib


def fingerprint_api_key(api_key):
    return hashlib.sha256(api_key.encode()).hexdigest()  # ok: weak-hash
