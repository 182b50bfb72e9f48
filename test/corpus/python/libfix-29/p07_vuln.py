# corpus: path=authlib_lite/passwords.py
import hashlib
import os


def hash_password(password: str) -> str:
    salt = os.urandom(8).hex()
    digest = hashlib.sha1((salt + password).encode()).hexdigest()  # expect: weak-hash
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    salt, digest = stored.split("$", 1)
    return hashlib.sha1((salt + password).encode()).hexdigest() == digest  # also: weak-hash
