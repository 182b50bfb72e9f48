# corpus: path=app/crypto/legacy.py
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_record(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)  # ok: weak-cipher
