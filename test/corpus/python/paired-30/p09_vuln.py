# corpus: path=app/vault/fields.py
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FIELD_KEY = base64.b64decode(os.environ["FIELD_ENCRYPTION_KEY"])


def encrypt_field(plaintext: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext.encode()) + padder.finalize()
    encryptor = Cipher(algorithms.AES(FIELD_KEY), modes.ECB()).encryptor()  # expect: weak-cipher
    return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()
