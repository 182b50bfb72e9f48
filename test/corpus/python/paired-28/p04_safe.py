# corpus: path=app/crypto/fields.py
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_field(key, value):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()  # ok: weak-cipher
    return nonce + enc.update(value.encode()) + enc.finalize()
