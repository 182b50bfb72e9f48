# corpus: path=app/users/kdf.py
import hashlib
import os


def derive_password_hash(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600_000)  # expect: weak-hash


def derive_password_hash_v2(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: weak-hash
