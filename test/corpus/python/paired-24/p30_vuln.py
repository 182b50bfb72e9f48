# corpus: path=app/auth/api_keys.py
import hashlib


def fingerprint_api_key(api_key):
    return hashlib.sha1(api_key.encode()).hexdigest()  # expect: weak-hash
