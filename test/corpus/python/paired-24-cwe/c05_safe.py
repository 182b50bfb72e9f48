# corpus: path=app/auth/store.py
import hashlib
import os


def hash_password(password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()  # ok: weak-hash
    return salt.hex() + "$" + digest
