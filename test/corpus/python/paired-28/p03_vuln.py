# corpus: path=app/crypto/legacy.py
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_record(key, iv, data):
    padder = padding.PKCS7(64).padder()
    padded = padder.update(data) + padder.finalize()
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # expect: weak-cipher
    enc = cipher.encryptor()
    return enc.update(padded) + enc.finalize()
