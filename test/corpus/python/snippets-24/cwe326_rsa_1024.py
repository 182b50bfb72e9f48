# corpus: path=app/crypto/keys.py
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: weak-cipher


def generate_service_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)  # ok: weak-cipher
