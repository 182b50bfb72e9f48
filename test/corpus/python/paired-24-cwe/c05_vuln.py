# corpus: path=app/auth/store.py
import hashlib
import os


def hash_password(password):
    salt = os.urandom(16)
    digest = hashlib.sha256(salt + password.encode()).hexdigest()  # expect: weak-hash
    return salt.hex() + "$" + digest
