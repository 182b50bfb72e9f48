# corpus: path=app/auth/passwords.py
import hashlib


def hash_password(password):
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # expect: weak-hash


def check_password(password, stored):
    return hash_password(password) == stored
