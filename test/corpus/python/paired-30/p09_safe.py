# corpus: path=app/vault/fields.py
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FIELD_KEY = base64.b64decode(os.environ["FIELD_ENCRYPTION_KEY"])


def encrypt_field(plaintext: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(FIELD_KEY).encrypt(nonce, plaintext.encode(), None)  # ok: weak-cipher
    return base64.b64encode(nonce + sealed).decode()
